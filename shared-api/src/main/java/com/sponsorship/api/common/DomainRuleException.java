package com.sponsorship.api.common;

/** A command broke a business rule; the message is meant for the user. */
public class DomainRuleException extends RuntimeException {

    private final transient RuleViolation violation;

    public DomainRuleException(Refusal refusal, String field, String message) {
        this(new RuleViolation(refusal, field, message));
    }

    public DomainRuleException(Refusal refusal, String message) {
        this(refusal, null, message);
    }

    public DomainRuleException(RuleViolation violation) {
        super(violation.message());
        this.violation = violation;
    }

    public RuleViolation violation() {
        return violation;
    }
}
