package com.sponsorship.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Inputs that pass every rule, so each test changes only what it is about. */
public final class TestData {

    public static final String PASSWORD = "Str0ng!pass";
    /** The admin account the test profile creates at start. */
    public static final String ADMIN_EMAIL = "admin@test.local";
    public static final String ADMIN_PASSWORD = "Admin#Pass123";
    /** A well-formed password that is nobody's. */
    public static final String WRONG_PASSWORD = "Wr0ng!pass";
    /** Every password the tests use: none may ever reach a log. */
    public static final List<String> PASSWORDS = List.of(PASSWORD, ADMIN_PASSWORD, WRONG_PASSWORD, "Demo#Pass1", "Bench#Pass1");

    private TestData() {
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public static LocalDate start() {
        return LocalDate.now().plusDays(1);
    }

    public static LocalDate end() {
        return LocalDate.now().plusMonths(2);
    }
}
