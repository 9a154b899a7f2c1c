package com.sponsorship.audit;

/**
 * What {@link Verifier} concludes: valid, or the first thing found wrong as one sentence an auditor understands.
 * Written as {@code valid} or {@code invalid: <reason>}, which is what the offline verifier prints.
 */
public record Verdict(boolean valid, String reason) {

    public static final Verdict VALID = new Verdict(true, null);

    public static Verdict invalid(String reason) {
        return new Verdict(false, reason);
    }

    @Override
    public String toString() {
        return valid ? "valid" : "invalid: " + reason;
    }
}
