package com.sponsorship.api.common;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every reason a command can be refused for. {@link #code()} is the stable string clients see (the
 * problem's {@code code} in the API); {@link #status()} the HTTP status the API answers with:
 * 403 when the caller is not the one who may do this, 409 when the state of things forbids it.
 */
public enum Refusal {

    // who is asking: 403
    WRONG_ROLE("wrong-role", Refusal.FORBIDDEN),
    NOT_YOUR_CAMPAIGN("not-your-campaign", Refusal.FORBIDDEN),
    NOT_YOUR_NEGOTIATION("not-your-negotiation", Refusal.FORBIDDEN),
    NOT_YOUR_ACCOUNT("not-your-account", Refusal.FORBIDDEN),

    // the state of things: 409
    UNKNOWN_ACCOUNT("unknown-account", Refusal.CONFLICT),
    UNKNOWN_CAMPAIGN("unknown-campaign", Refusal.CONFLICT),
    UNKNOWN_INFLUENCER("unknown-influencer", Refusal.CONFLICT),
    EMAIL_TAKEN("email-taken", Refusal.CONFLICT),
    WRONG_PASSWORD("wrong-password", Refusal.CONFLICT),
    ACCOUNT_REMOVED("account-removed", Refusal.CONFLICT),
    ACCOUNT_ERASED("account-erased", Refusal.CONFLICT),
    ACCOUNT_FLAGGED("account-flagged", Refusal.CONFLICT),
    ADMIN_PROTECTED("admin-protected", Refusal.CONFLICT),
    ALREADY_FLAGGED("already-flagged", Refusal.CONFLICT),
    NOT_FLAGGED("not-flagged", Refusal.CONFLICT),
    CAMPAIGN_CLOSED("campaign-closed", Refusal.CONFLICT),
    CAMPAIGN_FLAGGED("campaign-flagged", Refusal.CONFLICT),
    END_DATE_PASSED("end-date-passed", Refusal.CONFLICT),
    DUE_DATE_PASSED("due-date-passed", Refusal.CONFLICT),
    BUDGET_BELOW_AGREED("budget-below-agreed", Refusal.CONFLICT),
    BUDGET_EXCEEDED("budget-exceeded", Refusal.CONFLICT),
    NOT_OPEN("not-open", Refusal.CONFLICT),
    ALREADY_ANSWERED("already-answered", Refusal.CONFLICT),
    NOT_YOUR_TURN("not-your-turn", Refusal.CONFLICT),
    CONCLUDED("concluded", Refusal.CONFLICT),
    WRONG_STEP("wrong-step", Refusal.CONFLICT),
    PAYMENT_EXCEEDS_DUE("payment-exceeds-due", Refusal.CONFLICT),
    DUPLICATE_PAYMENT("duplicate-payment", Refusal.CONFLICT),
    PAYMENT_ANSWERED("payment-answered", Refusal.CONFLICT),
    UNKNOWN_PAYMENT("unknown-payment", Refusal.CONFLICT),
    UNKNOWN_DELIVERABLE("unknown-deliverable", Refusal.CONFLICT),
    CONCURRENT_CHANGE("concurrent-change", Refusal.CONFLICT),
    REBUILD_RUNNING("rebuild-running", Refusal.CONFLICT);

    private static final int FORBIDDEN = 403;
    private static final int CONFLICT = 409;
    private static final Map<String, Refusal> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Refusal::code, Function.identity()));

    private final String code;
    private final int status;

    Refusal(String code, int status) {
        this.code = code;
        this.status = status;
    }

    /** The stable string clients see; it travels in a {@link RuleViolation}. */
    public String code() {
        return code;
    }

    /** The HTTP status of an API answer refused for this reason. */
    public int status() {
        return status;
    }

    public boolean forbidden() {
        return status == FORBIDDEN;
    }

    /** The refusal with this code, as a {@link RuleViolation} carries it. */
    public static Refusal ofCode(String code) {
        Refusal refusal = BY_CODE.get(code);
        if (refusal == null) {
            throw new IllegalArgumentException("No refusal has the code " + code);
        }
        return refusal;
    }
}
