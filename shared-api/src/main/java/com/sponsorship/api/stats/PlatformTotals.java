package com.sponsorship.api.stats;

import com.sponsorship.api.campaign.CampaignStatus;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.NegotiationStatus;
import java.util.Map;

/**
 * Counts for the admin's overview; every role and status is present, with 0 when there is none.
 * Accounts by role leave out removed ones, which are counted apart; flagged ones are included.
 */
public record PlatformTotals(Map<Role, Long> accountsByRole, long flaggedAccounts, long removedAccounts,
                             Map<CampaignStatus, Long> campaignsByStatus, long flaggedCampaigns,
                             Map<NegotiationStatus, Long> adRequestsByStatus) {

    public long accounts() {
        return accountsByRole.values().stream().mapToLong(Long::longValue).sum();
    }

    public long campaigns() {
        return campaignsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long adRequests() {
        return adRequestsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
