package com.sponsorship.web.common;

/** One thing wrong with one input field, as shown next to it (web) or listed in a problem body (API). */
public record FieldProblem(String field, String message) {
}
