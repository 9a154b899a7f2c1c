package com.sponsorship.api.common;

/**
 * Why a command was refused, in words a user can act on. {@code field} names the input at fault
 * (null when the rule is not about one field); {@code code} is stable for clients.
 */
public record RuleViolation(String code, String field, String message) {
}
