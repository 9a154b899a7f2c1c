package com.sponsorship.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who can find a campaign in search. */
public enum Visibility implements Labeled {
    PUBLIC("Public"),
    PRIVATE("Private");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    @Override
    @JsonValue
    public String label() {
        return label;
    }

    /** Unknown labels read as missing, so validation reports them along with every other field. */
    @JsonCreator
    public static Visibility of(String label) {
        return Labeled.fromLabel(Visibility.class, label).orElse(null);
    }
}
