package com.sponsorship.api.negotiation;

import com.sponsorship.api.common.Rules;
import com.sponsorship.api.validation.StorableText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One kind of content the influencer delivers, how many, and a short description. */
public record Deliverable(
        @NotNull(message = Rules.DELIVERABLE_KIND_REQUIRED) DeliverableKind kind,
        @NotNull(message = Rules.DELIVERABLE_COUNT_RANGE) @Min(value = 1, message = Rules.DELIVERABLE_COUNT_RANGE)
        @Max(value = Terms.MAX_COUNT, message = Rules.DELIVERABLE_COUNT_RANGE) Integer count,
        @Size(max = Rules.TEXT_MAX, message = Rules.TEXT_TOO_LONG) @StorableText String description) {

    /** How a page names it: "2 × Instagram post: description". */
    public String summary() {
        String what = count + " × " + (kind == null ? "?" : kind.label());
        return description == null || description.isBlank() ? what : what + ": " + description;
    }
}
