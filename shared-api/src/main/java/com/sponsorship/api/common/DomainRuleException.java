package com.sponsorship.api.common;

/** A command broke a business rule; the message is meant for the user. */
public class DomainRuleException extends RuntimeException {

    private final transient RuleViolation violation;

    public DomainRuleException(String code, String field, String message) {
        super(message);
        this.violation = new RuleViolation(code, field, message);
    }

    public DomainRuleException(String code, String message) {
        this(code, null, message);
    }

    public DomainRuleException(RuleViolation violation) {
        super(violation.message());
        this.violation = violation;
    }

    public RuleViolation violation() {
        return violation;
    }
}
