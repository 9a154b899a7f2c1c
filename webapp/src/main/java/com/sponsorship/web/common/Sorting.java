package com.sponsorship.web.common;

import java.util.List;

/** Reads the API's {@code sort=field,direction} parameter; only one field is sortable per list. */
public final class Sorting {

    private Sorting() {
    }

    /** True for "field,asc"; descending is the default. Any other field or direction is refused as bad input. */
    public static boolean ascending(String sort, String field) {
        String[] parts = sort.split(",", -1);
        String direction = parts.length == 2 ? parts[1].trim() : "desc";
        if (parts.length > 2 || !parts[0].trim().equalsIgnoreCase(field)
                || !(direction.equalsIgnoreCase("asc") || direction.equalsIgnoreCase("desc"))) {
            throw new InvalidInputException(List.of(
                    new FieldProblem("sort", "Sort by " + field + ",asc or " + field + ",desc")));
        }
        return direction.equalsIgnoreCase("asc");
    }
}
