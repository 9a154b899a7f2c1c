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
    /** bcrypt reads only the first 72 bytes of a password (and refuses longer ones). */
    public static final int PASSWORD_MAX_BYTES = 72;
    /** Ids are UUIDs; the read models keep them in varchar(36). Blank is left to @NotBlank. */
    public static final String ID_PATTERN = "^(\\s*|[A-Za-z0-9_-]{1,36})$";
    public static final int SEARCH_MAX = 100;
    /** A payment's reference (a bank transfer's, a PayPal transaction id). */
    public static final int REFERENCE_MAX = 100;
    /** Dates the platform stores; PostgreSQL's date and timestamp types hold far less than LocalDate. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public static final String NAME_REQUIRED = "Enter a name";
    public static final String NAME_TOO_LONG = "Shorten the name to at most 45 characters";
    public static final String NAME_CHARACTERS = "Use only letters, digits, spaces, '-' and '_' in the name";
    public static final String EMAIL_REQUIRED = "Enter your email address";
    public static final String EMAIL_INVALID = "Enter a valid email address, like name@example.com";
    public static final String PASSWORD_WEAK = "Password must have at least 8 characters with an upper-case letter,"
            + " a lower-case letter, a digit and a symbol, and no spaces";
    public static final String PASSWORD_NOT_RIGHT = "Enter the password you sign in with";
    public static final String PASSWORD_TOO_LONG = "Choose a password of at most 72 bytes (72 letters, fewer with accents or emoji)";
    public static final String TEXT_CONTROL_CHARACTERS = "Remove the control characters (such as NUL) from this text";
    public static final String TEXT_LINE_BREAKS = "Remove the line breaks and tabs from this text";
    public static final String TEXT_BROKEN_CHARACTERS = "This text contains a broken character (half of an emoji or symbol); type it again";
    public static final String TEXT_TOO_LONG = "Shorten this text to at most 250 characters";
    public static final String SEARCH_TOO_LONG = "Shorten the search to at most 100 characters";
    public static final String ID_INVALID = "Give an id of letters, digits, '-' or '_', at most 36 characters";
    public static final String DATE_OUT_OF_RANGE = "Choose a date between the years 2000 and 2100";
    public static final String END_DATE_PASSED = "The end date has already passed; choose today or a later day";
    public static final String AMOUNT_REQUIRED = "Enter an amount, like 1500.00";
    public static final String AMOUNT_POSITIVE = "Enter an amount greater than 0, like 1500.00";
    public static final String AMOUNT_FORMAT = "Enter an amount with at most 13 digits before the point and 2 after, like 1500.00";
    public static final String CATEGORY_REQUIRED = "Choose a category from the list";
    public static final String INDUSTRY_REQUIRED = "Choose an industry from the list";
    public static final String STATUS_UNKNOWN = "Choose a status from the list";
    public static final String VISIBILITY_REQUIRED = "Choose Public or Private";
    public static final String REACH_REQUIRED = "Enter your reach: how many followers you have, 0 or more";
    public static final String REACH_NEGATIVE = "Enter your reach as a whole number of followers, 0 or more";
    public static final String START_DATE_REQUIRED = "Choose a start date";
    public static final String END_DATE_REQUIRED = "Choose an end date";
    public static final String END_BEFORE_START = "Choose an end date on or after the start date";
    public static final String REASON_REQUIRED = "Give a reason";
    public static final String PAID_ON_REQUIRED = "Give the date of the payment";
    public static final String PAID_ON_FUTURE = "Give the date the payment was made: today or an earlier day";
    public static final String PAYMENT_METHOD_REQUIRED = "Choose how it was paid: bank transfer, PayPal or other";
    public static final String PAYMENT_REFERENCE_REQUIRED = "Give the payment's reference, as on the transfer or receipt";
    public static final String PAYMENT_REFERENCE_TOO_LONG = "Shorten the reference to at most 100 characters";
    public static final String ID_REQUIRED = "Give the id of what this is about";
    public static final String ACTION_REQUIRED = "Choose what the admin did from the list";
    public static final String ACTOR_REQUIRED = "Sign in first: every command is sent by an account";
    public static final String ROLE_REQUIRED = "Give the account's role";
    public static final String DETAILS_REQUIRED = "Give the campaign's details";
    public static final String CLOSE_REASON_REQUIRED = "Say why the campaign closes";
    public static final String PAGE_NEGATIVE = "Ask for page 0 or a later one";
    public static final String PAGE_TOO_FAR = "Ask for page " + PageRequest.MAX_NUMBER + " at most";
    public static final String PAGE_SIZE_RANGE = "Ask for a page size between 1 and " + PageRequest.MAX_SIZE;
    public static final String DELIVERABLES_REQUIRED = "Add at least one deliverable, such as 1 Instagram post";
    public static final String DELIVERABLES_TOO_MANY = "List at most 20 deliverables";
    public static final String DELIVERABLE_KIND_REQUIRED = "Choose the kind of content from the list";
    public static final String DELIVERABLE_COUNT_RANGE = "Enter how many, a whole number from 1 to 100";
    public static final String DUE_DATE_REQUIRED = "Choose the date the content is due";
    public static final String DUE_DATE_PASSED = "The due date has already passed; choose today or a later day";
    public static final String USAGE_RIGHTS_RANGE = "Enter the months of usage rights, 0 (none) to 120";
    public static final String EXCLUSIVITY_RANGE = "Enter the days of exclusivity, 0 (none) to 365";
    public static final String ANSWER_WITHIN_RANGE = "Choose an answer time of 1 to 30 days";
    public static final int LINK_MAX = 500;
    public static final String LINK_REQUIRED = "Give the link, like https://example.com/post";
    public static final String LINK_INVALID = "Give a web link starting with http:// or https://, at most 500 characters";
    public static final String CHANGES_NOTE_REQUIRED = "Say what should change";
    public static final String DELIVERABLE_NUMBER_REQUIRED = "Give the deliverable's number, 1 or more";

    private Rules() {
    }

    /** Emails are unique regardless of case: compare them in this form. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
