package com.sponsorship.demo;

import com.sponsorship.api.common.Rules;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Names and texts from Datafaker, fitted to the platform's input rules: names at most 45 letters,
 * digits, spaces, '-' or '_'; free texts at most 250 characters. One instance per thread.
 */
final class DemoTexts {

    private static final String[] FLAG_REASONS = {
            "Reported by several users for misleading claims",
            "Possible duplicate account, under review",
            "Content violates the advertising guidelines",
            "Payments reported late by partners"};

    private final Faker faker;
    private final Random random;

    DemoTexts(Random random) {
        this.faker = new Faker(Locale.ENGLISH, random);
        this.random = random;
    }

    String brandName() {
        return name(faker.company().name(), "Brand");
    }

    String creatorName() {
        return name(faker.name().fullName(), "Creator");
    }

    String campaignName() {
        return name(faker.commerce().productName() + " " + faker.marketing().buzzwords(), "Campaign");
    }

    String description() {
        return text(faker.company().catchPhrase() + ". " + faker.lorem().paragraph(2));
    }

    String goals() {
        return text("Make " + faker.commerce().productName() + " known for " + faker.company().bs() + ".");
    }

    String offer() {
        return text("Hi! We love your content and think our " + faker.commerce().productName()
                + " fits your audience. " + faker.company().catchPhrase() + ".");
    }

    String requirements() {
        return text((2 + random.nextInt(4)) + " posts and " + (2 + random.nextInt(5)) + " stories about "
                + faker.commerce().productName() + ", tagged #" + faker.marketing().buzzwords().replaceAll("\\W", ""));
    }

    String application() {
        return text("I would like to work with you: my followers love " + faker.commerce().department().toLowerCase(Locale.ROOT)
                + ". " + faker.lorem().sentence());
    }

    String counterOffer() {
        return text("What about this amount? " + faker.lorem().sentence());
    }

    String rejection() {
        return text("Thanks, but this is not for us. " + faker.lorem().sentence());
    }

    String budgetUsedUp() {
        return "The campaign's remaining budget no longer covers this amount, sorry.";
    }

    String flagReason() {
        return FLAG_REASONS[random.nextInt(FLAG_REASONS.length)];
    }

    /** The local part of an email address made from a name: lower case letters and digits joined by '-'. */
    static String emailWords(String name) {
        String words = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return words.length() <= 20 ? words : words.substring(0, 20).replaceAll("-$", "");
    }

    static String name(String raw, String fallback) {
        String cleaned = raw.replaceAll("[^A-Za-z0-9 _-]", "").replaceAll("\\s+", " ").trim();
        String fitted = cleaned.length() <= Rules.NAME_MAX ? cleaned : cleaned.substring(0, Rules.NAME_MAX).trim();
        return fitted.isEmpty() ? fallback : fitted;
    }

    static String text(String raw) {
        return raw.length() <= Rules.TEXT_MAX ? raw : raw.substring(0, Rules.TEXT_MAX).trim();
    }
}
