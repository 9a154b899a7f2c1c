package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the error messages a rendered page shows next to a form field. */
final class PageErrors {

    private PageErrors() {
    }

    /** The text of the field's error block ({@code id="<field>-errors"}); fails when there is none. */
    static String of(String page, String field) {
        Matcher matcher = Pattern.compile("id=\"" + field + "-errors\" class=\"invalid-feedback\">(.*?)</div>",
                Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("an error block next to field %s", field).isTrue();
        return matcher.group(1);
    }
}
