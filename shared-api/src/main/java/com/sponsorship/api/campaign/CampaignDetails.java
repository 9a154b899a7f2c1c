package com.sponsorship.api.campaign;

import com.sponsorship.api.common.Rules;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.api.validation.Dated;
import com.sponsorship.api.validation.DisplayName;
import com.sponsorship.api.validation.LongText;
import com.sponsorship.api.validation.StartNotAfterEnd;
import com.sponsorship.api.validation.SupportedDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** What a sponsor says about a campaign; everything but its budget. */
@StartNotAfterEnd
public record CampaignDetails(
        @DisplayName String name,
        @LongText String description,
        @LongText String goals,
        @NotNull(message = Rules.CATEGORY_REQUIRED) Category category,
        @NotNull(message = Rules.VISIBILITY_REQUIRED) Visibility visibility,
        @NotNull(message = Rules.START_DATE_REQUIRED) @SupportedDate LocalDate startDate,
        @NotNull(message = Rules.END_DATE_REQUIRED) @SupportedDate LocalDate endDate) implements Dated {
}
