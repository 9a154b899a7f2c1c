package com.sponsorship.command.lookup;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.Refusal;
import com.sponsorship.api.common.Role;
import java.util.Locale;

/** Checks that several aggregates make before they let an account act. */
public final class Guards {

    private Guards() {
    }

    public static void requireRole(Actor actor, Role role, String what) {
        if (!actor.is(role)) {
            throw new DomainRuleException(Refusal.WRONG_ROLE, "Only " + role.name().toLowerCase(Locale.ROOT) + "s can " + what);
        }
    }

    /** The acting account exists, is not removed and is not flagged. */
    public static AccountState requireActiveAccount(CommandSideLookups lookups, Actor actor) {
        AccountState account = lookups.account(actor.accountId())
                .orElseThrow(() -> new DomainRuleException(Refusal.UNKNOWN_ACCOUNT, "Your account is not known"));
        if (account.removed()) {
            throw new DomainRuleException(Refusal.ACCOUNT_REMOVED, "Your account has been removed");
        }
        if (account.flagged()) {
            throw new DomainRuleException(Refusal.ACCOUNT_FLAGGED,
                    "Your account is flagged by an admin; you cannot do this until the flag is cleared");
        }
        return account;
    }

    /** The campaign exists, is open and is not flagged: deals can be made on it. */
    public static CampaignState requireOpenCampaign(CommandSideLookups lookups, String campaignId) {
        CampaignState campaign = lookups.campaign(campaignId)
                .orElseThrow(() -> new DomainRuleException(Refusal.UNKNOWN_CAMPAIGN, "campaignId", "There is no such campaign"));
        if (campaign.closed()) {
            throw new DomainRuleException(Refusal.CAMPAIGN_CLOSED, "The campaign is closed");
        }
        if (campaign.flagged()) {
            throw new DomainRuleException(Refusal.CAMPAIGN_FLAGGED, "The campaign is flagged by an admin");
        }
        return campaign;
    }
}
