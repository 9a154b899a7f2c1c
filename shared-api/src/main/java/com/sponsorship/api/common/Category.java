package com.sponsorship.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The 46 categories of influencers and campaigns. */
public enum Category implements Labeled {
    BEAUTY("Beauty"),
    FASHION("Fashion"),
    FITNESS("Fitness"),
    HEALTH("Health"),
    TRAVEL("Travel"),
    FOOD("Food"),
    LIFESTYLE("Lifestyle"),
    GAMING("Gaming"),
    TECHNOLOGY("Technology"),
    PHOTOGRAPHY("Photography"),
    MUSIC("Music"),
    PARENTING("Parenting"),
    FINANCE("Finance"),
    EDUCATION("Education"),
    SPORTS("Sports"),
    ART("Art"),
    HOME_DECOR("Home-Decor"),
    PETS("Pets"),
    AUTOMOTIVE("Automotive"),
    BOOKS("Books"),
    DIY("DIY"),
    ENVIRONMENT("Environment"),
    ENTERTAINMENT("Entertainment"),
    BUSINESS("Business"),
    SPIRITUALITY("Spirituality"),
    DATING("Dating"),
    CAREER("Career"),
    EVENT_PLANNING("Event-Planning"),
    GAMING_COSPLAY("Gaming-Cosplay"),
    LUXURY("Luxury"),
    OUTDOORS("Outdoors"),
    WELLNESS("Wellness"),
    MENTAL_HEALTH("Mental-Health"),
    NON_PROFIT("Non-Profit"),
    COMEDY("Comedy"),
    NEWS("News"),
    PERSONAL_DEVELOPMENT("Personal-Development"),
    RELATIONSHIP("Relationship"),
    SOCIAL_JUSTICE("Social-Justice"),
    SUSTAINABLE_LIVING("Sustainable-Living"),
    TECH_GADGETS("Tech-Gadgets"),
    VIDEOGRAPHY("Videography"),
    YOGA("Yoga"),
    CRYPTO("Crypto"),
    INVESTMENT("Investment"),
    REAL_ESTATE("Real-Estate");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    @Override
    @JsonValue
    public String label() {
        return label;
    }

    /** Unknown labels read as missing, so validation reports them along with every other field. */
    @JsonCreator
    public static Category of(String label) {
        return Labeled.fromLabel(Category.class, label).orElse(null);
    }
}
