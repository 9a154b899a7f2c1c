package com.sponsorship.api.common;

/** Input rules shared by every command, form and API request. */
public final class Rules {

    public static final int NAME_MAX = 45;
    public static final String NAME_PATTERN = "^[A-Za-z0-9 _-]*$";
    public static final int TEXT_MAX = 250;
    public static final int EMAIL_MAX = 254;
    /** Empty passes here: @NotBlank reports a missing email once. */
    public static final String EMAIL_PATTERN = "^(|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$";
    /** At least 8 characters, upper and lower case, a digit and a symbol, no whitespace. */
    public static final String PASSWORD_PATTERN = "^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^A-Za-z0-9\\s])\\S{8,}$";
    public static final String MONEY_MIN = "0.01";
    public static final int MONEY_INTEGER_DIGITS = 13;
    public static final int MONEY_FRACTION_DIGITS = 2;

    public static final String NAME_REQUIRED = "Name is required";
    public static final String NAME_TOO_LONG = "Name must be at most 45 characters";
    public static final String NAME_CHARACTERS = "Name may contain only letters, digits, spaces, '-' and '_'";
    public static final String EMAIL_INVALID = "Enter a valid email address, like name@example.com";
    public static final String PASSWORD_WEAK = "Password must have at least 8 characters with an upper-case letter,"
            + " a lower-case letter, a digit and a symbol, and no spaces";
    public static final String AMOUNT_POSITIVE = "must be greater than 0";
    public static final String AMOUNT_FORMAT = "must be a number with at most 2 decimals";

    private Rules() {
    }

    /** Emails are unique regardless of case: compare them in this form. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
