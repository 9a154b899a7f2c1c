package com.sponsorship.api.common;

/**
 * Who owns what: the one rule table behind "is this yours?", for commands (the aggregates refuse
 * with {@link Refusal#NOT_YOUR_CAMPAIGN}, {@link Refusal#NOT_YOUR_NEGOTIATION} or
 * {@link Refusal#NOT_YOUR_ACCOUNT}) and for reads (the web app's {@code ReadAccess} answers 404).
 * Which role may call which route at all is the web app's security configuration, not this.
 *
 * <pre>
 * thing        owned by
 * campaign     the sponsor who created it
 * ad request   its sponsor, and the influencer it is addressed to or who applied (none while open to anyone)
 * account      its holder, in the role it was registered with
 * </pre>
 */
public final class Ownership {

    private Ownership() {
    }

    public static boolean ownsCampaign(Actor actor, String sponsorId) {
        return actor.is(Role.SPONSOR) && actor.accountId().equals(sponsorId);
    }

    /** The actor is a side of the ad request, in the role of that side. */
    public static boolean isPartyTo(Actor actor, String sponsorId, String influencerId) {
        String party = switch (actor.role()) {
            case SPONSOR -> sponsorId;
            case INFLUENCER -> influencerId;
            default -> null;
        };
        return party != null && party.equals(actor.accountId());
    }

    public static boolean ownsAccount(Actor actor, String accountId, Role role) {
        return actor.is(role) && actor.accountId().equals(accountId);
    }
}
