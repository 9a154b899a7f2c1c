package com.sponsorship.api.negotiation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.sponsorship.api.common.Labeled;

/** How a sponsor paid; exchanged by its Java name ({@code BANK_TRANSFER}), shown by its label. */
public enum PaymentMethod implements Labeled {
    BANK_TRANSFER("Bank transfer"),
    PAYPAL("PayPal"),
    OTHER("Other");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Unknown values read as missing, so validation reports them along with every other field. */
    @JsonCreator
    public static PaymentMethod of(String value) {
        return Labeled.fromLabel(PaymentMethod.class, value).orElse(null);
    }
}
