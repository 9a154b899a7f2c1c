package com.sponsorship.api.common;

import java.util.Arrays;
import java.util.Optional;

/** A fixed-list value shown and exchanged by its label (e.g. "Food-and-Beverage"), not its Java name. */
public interface Labeled {

    String label();

    static <E extends Enum<E> & Labeled> Optional<E> fromLabel(Class<E> type, String label) {
        if (label == null) {
            return Optional.empty();
        }
        String wanted = label.trim();
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> value.label().equalsIgnoreCase(wanted) || value.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

}
