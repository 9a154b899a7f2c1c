package com.sponsorship.api.common;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Why a command was refused, in words a user can act on. {@code field} names the input at fault
 * (null when the rule is not about one field); {@code code} is the {@link Refusal}'s stable code:
 * it stays a string because the violation travels as the details of a command's failure.
 */
public record RuleViolation(String code, String field, String message) {

    public RuleViolation(Refusal refusal, String field, String message) {
        this(refusal.code(), field, message);
    }

    @JsonIgnore
    public Refusal refusal() {
        return Refusal.ofCode(code);
    }
}
