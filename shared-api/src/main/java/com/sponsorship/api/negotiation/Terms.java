package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Rules;
import com.sponsorship.api.validation.SupportedDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What an offer asks for besides the amount: the deliverables, when the content is due, how long
 * the sponsor may use it (months, 0 = no usage rights) and how long the influencer promotes no
 * competitor (days, 0 = no exclusivity). Commands validate them; events keep them as they were
 * offered (an upcast event from before terms existed may have no due date).
 */
public record Terms(
        @NotEmpty(message = Rules.DELIVERABLES_REQUIRED) @Size(max = MAX_DELIVERABLES, message = Rules.DELIVERABLES_TOO_MANY)
        List<@Valid @NotNull(message = Rules.DELIVERABLE_KIND_REQUIRED) Deliverable> deliverables,
        @NotNull(message = Rules.DUE_DATE_REQUIRED) @SupportedDate LocalDate dueDate,
        @NotNull(message = Rules.USAGE_RIGHTS_RANGE) @Min(value = 0, message = Rules.USAGE_RIGHTS_RANGE)
        @Max(value = 120, message = Rules.USAGE_RIGHTS_RANGE) Integer usageRightsMonths,
        @NotNull(message = Rules.EXCLUSIVITY_RANGE) @Min(value = 0, message = Rules.EXCLUSIVITY_RANGE)
        @Max(value = 365, message = Rules.EXCLUSIVITY_RANGE) Integer exclusivityDays) {

    public static final int MAX_DELIVERABLES = 20;
    public static final int MAX_COUNT = 100;
    /** Names the canonical form below; a change to it needs a new name, so old digests stay checkable. */
    static final String CANONICAL_VERSION = "terms-v1";

    public Terms {
        deliverables = deliverables == null ? null : List.copyOf(deliverables);
    }

    /**
     * The terms of a request that named none (and of events stored before terms existed): one
     * deliverable of kind OTHER described by the request's text (cut to 250 characters), no
     * usage rights, no exclusivity.
     */
    public static Terms standard(String description, LocalDate dueDate) {
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > Rules.TEXT_MAX) {
            text = text.substring(0, Character.isHighSurrogate(text.charAt(Rules.TEXT_MAX - 1))
                    ? Rules.TEXT_MAX - 1 : Rules.TEXT_MAX);
        }
        return new Terms(List.of(new Deliverable(DeliverableKind.OTHER, 1, text)), dueDate, 0, 0);
    }

    /**
     * The one canonical serialization the agreement's digest is taken of: a versioned line, then
     * one line per deliverable in order ({@code kind;count;length of description;description}),
     * the due date (ISO, or {@code none}), usage rights and exclusivity. The length prefix makes
     * it unambiguous whatever the description holds.
     */
    public String canonical() {
        StringBuilder text = new StringBuilder(CANONICAL_VERSION).append('\n');
        List<Deliverable> items = deliverables == null ? List.of() : deliverables;
        text.append("deliverables:").append(items.size()).append('\n');
        for (Deliverable item : items) {
            String description = item.description() == null ? "" : item.description();
            text.append(item.kind() == null ? "" : item.kind().name()).append(';').append(item.count()).append(';')
                    .append(description.length()).append(';').append(description).append('\n');
        }
        text.append("due:").append(dueDate == null ? "none" : dueDate.toString()).append('\n');
        text.append("usageRightsMonths:").append(usageRightsMonths).append('\n');
        text.append("exclusivityDays:").append(exclusivityDays).append('\n');
        return text.toString();
    }

    /** SHA-256 of {@link #canonical()} in UTF-8, as 64 lower-case hex digits. */
    public String digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    /** What differs from the terms of the previous offer, one sentence each; nothing when there were none. */
    public List<String> changesFrom(Terms previous) {
        List<String> changes = new ArrayList<>();
        if (previous == null) {
            return changes;
        }
        if (!Objects.equals(previous.deliverables, deliverables)) {
            changes.add("Deliverables: " + previous.deliverablesText() + " → " + deliverablesText());
        }
        if (!Objects.equals(previous.dueDate, dueDate)) {
            changes.add("Due: " + previous.dueText() + " → " + dueText());
        }
        if (!Objects.equals(previous.usageRightsMonths, usageRightsMonths)) {
            changes.add("Usage rights: " + previous.usageRightsText() + " → " + usageRightsText());
        }
        if (!Objects.equals(previous.exclusivityDays, exclusivityDays)) {
            changes.add("Exclusivity: " + previous.exclusivityText() + " → " + exclusivityText());
        }
        return changes;
    }

    public String deliverablesText() {
        return deliverables == null ? "none" : String.join("; ", deliverables.stream().map(Deliverable::summary).toList());
    }

    public String dueText() {
        return dueDate == null ? "not set" : dueDate.toString();
    }

    public String usageRightsText() {
        return usageRightsMonths == null || usageRightsMonths == 0 ? "none" : usageRightsMonths + " months";
    }

    public String exclusivityText() {
        return exclusivityDays == null || exclusivityDays == 0 ? "none" : exclusivityDays + " days";
    }
}
