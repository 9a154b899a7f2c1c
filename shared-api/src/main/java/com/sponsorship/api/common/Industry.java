package com.sponsorship.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The 43 industries a sponsor can belong to. */
public enum Industry implements Labeled {
    TECHNOLOGY("Technology"),
    FINANCE("Finance"),
    HEALTHCARE("Healthcare"),
    EDUCATION("Education"),
    MANUFACTURING("Manufacturing"),
    RETAIL("Retail"),
    REAL_ESTATE("Real-Estate"),
    ENTERTAINMENT("Entertainment"),
    TRANSPORTATION("Transportation"),
    AGRICULTURE("Agriculture"),
    AUTOMOTIVE("Automotive"),
    CONSTRUCTION("Construction"),
    ENERGY("Energy"),
    FOOD_AND_BEVERAGE("Food-and-Beverage"),
    HOSPITALITY("Hospitality"),
    INSURANCE("Insurance"),
    MEDIA("Media"),
    PHARMACEUTICALS("Pharmaceuticals"),
    PROFESSIONAL_SERVICES("Professional-Services"),
    PUBLIC_SECTOR("Public-Sector"),
    TELECOMMUNICATIONS("Telecommunications"),
    UTILITIES("Utilities"),
    LOGISTICS("Logistics"),
    MINING("Mining"),
    NON_PROFIT("Non-Profit"),
    AEROSPACE("Aerospace"),
    BIOTECHNOLOGY("Biotechnology"),
    CHEMICALS("Chemicals"),
    CONSULTING("Consulting"),
    DEFENSE("Defense"),
    FASHION("Fashion"),
    FURNITURE("Furniture"),
    HUMAN_RESOURCES("Human-Resources"),
    LEGAL("Legal"),
    LUXURY_GOODS("Luxury-Goods"),
    PACKAGING("Packaging"),
    PUBLISHING("Publishing"),
    RECREATION("Recreation"),
    SECURITY("Security"),
    SPORTS("Sports"),
    TOURISM("Tourism"),
    WASTE_MANAGEMENT("Waste-Management"),
    WHOLESALE("Wholesale");

    private final String label;

    Industry(String label) {
        this.label = label;
    }

    @Override
    @JsonValue
    public String label() {
        return label;
    }

    /** Unknown labels read as missing, so validation reports them along with every other field. */
    @JsonCreator
    public static Industry of(String label) {
        return Labeled.fromLabel(Industry.class, label).orElse(null);
    }
}
