package com.sponsorship.demo;

import com.sponsorship.api.account.FlagAccountCommand;
import com.sponsorship.api.account.RegisterInfluencerCommand;
import com.sponsorship.api.account.RegisterSponsorCommand;
import com.sponsorship.api.campaign.CampaignDetails;
import com.sponsorship.api.campaign.CloseCampaignCommand;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.campaign.CreateCampaignCommand;
import com.sponsorship.api.campaign.FlagCampaignCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.Refusal;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.common.RuleViolation;
import com.sponsorship.api.common.Visibility;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.api.negotiation.CancelNegotiationCommand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * One of the generator's concurrent senders. It sends the commands users send, each at a
 * simulated moment. In the campaign phase it owns a disjoint slice of the sponsors with their
 * campaigns and ad requests, so no two senders ever change the same aggregate.
 */
final class DemoSender {

    private static final Duration TWO_HOURS = Duration.ofHours(2);

    private final CommandGateway gateway;
    private final SimulatedClock clock;
    private final DemoRun run;
    private final Random random = new Random();
    private final DemoTexts texts = new DemoTexts(random);
    private final List<String> ongoingCampaigns = new ArrayList<>();

    DemoSender(CommandGateway gateway, SimulatedClock clock, DemoRun run) {
        this.gateway = gateway;
        this.clock = clock;
        this.run = run;
    }

    void registerSponsor(int index) {
        // most brands join early, so that campaigns spread evenly over the year
        Instant at = DemoCast.registrationTime(index, run.size().sponsors(), 2, run.yearAgo(), run.lastSponsorSignUp());
        Actor sponsor = new Actor(UUID.randomUUID().toString(), Role.SPONSOR);
        String name = texts.brandName();
        String email = run.email(name, "s" + index);
        send(at, new RegisterSponsorCommand(sponsor.accountId(), name, email, DemoData.PASSWORD, pick(Industry.values())));
        run.cast().sponsorRegistered(index, new DemoAccount(sponsor, email, at));
        run.progress().advance();
    }

    void registerInfluencer(int index) {
        // creators keep joining: more of them every month
        Instant at = DemoCast.registrationTime(index, run.size().influencers(), 0.5, run.yearAgo(),
                run.lastInfluencerSignUp());
        Actor influencer = new Actor(UUID.randomUUID().toString(), Role.INFLUENCER);
        String name = texts.creatorName();
        String email = run.email(name, "i" + index);
        long reach = (long) Math.pow(10, 2 + random.nextDouble() * 5);
        send(at, new RegisterInfluencerCommand(influencer.accountId(), name, email, DemoData.PASSWORD,
                pick(Category.values()), reach));
        run.cast().influencerRegistered(index, new DemoAccount(influencer, email, at));
        run.progress().advance();
    }

    /** Lives through the campaigns of this sender's slice of sponsors, oldest first. */
    void liveCampaignsOf(int slice, int slices) {
        record Planned(DemoAccount sponsor, Instant created, int adRequests) {
        }
        DemoSize size = run.size();
        List<Planned> planned = new ArrayList<>();
        for (int campaign = 0; campaign < size.campaigns(); campaign++) {
            int sponsorIndex = campaign % size.sponsors();
            if (sponsorIndex % slices == slice) {
                DemoAccount sponsor = run.cast().sponsor(sponsorIndex);
                Instant created = between(sponsor.registeredAt().plus(Duration.ofHours(1)),
                        run.horizon().minus(Duration.ofDays(1)));
                int adRequests = size.adRequests() / size.campaigns()
                        + (campaign < size.adRequests() % size.campaigns() ? 1 : 0);
                planned.add(new Planned(sponsor, created, adRequests));
            }
        }
        planned.sort(Comparator.comparing(Planned::created));
        planned.forEach(campaign -> liveCampaign(campaign.sponsor(), campaign.created(), campaign.adRequests()));
    }

    /**
     * Lives one campaign through: created, its ad requests negotiated step by step in time order,
     * and, if it has ended or its sponsor closed it, its unfinished negotiations cancelled and the
     * campaign closed at that moment, as the end deadline and the cascade policy would have done then.
     */
    private void liveCampaign(DemoAccount sponsor, Instant created, int adRequests) {
        LocalDate start = created.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(random.nextInt(8));
        LocalDate end = start.plusDays(14 + random.nextInt(150));
        BigDecimal budget = BigDecimal.valueOf(50L + random.nextInt(3_000)).multiply(BigDecimal.valueOf(100));
        String campaignId = UUID.randomUUID().toString();
        Visibility visibility = random.nextInt(100) < 85 ? Visibility.PUBLIC : Visibility.PRIVATE;
        CreateCampaignCommand create = new CreateCampaignCommand(campaignId, sponsor.actor(), new CampaignDetails(
                texts.campaignName(), texts.description(), texts.goals(), pick(Category.values()), visibility, start, end),
                budget);
        send(created, create);
        run.campaignsCreated().incrementAndGet();

        Instant endDeadline = end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant endOrHorizon = earlier(endDeadline, run.horizon());
        boolean closedBySponsor = random.nextInt(100) < 6;
        Instant closes = closedBySponsor
                ? between(created.plus(Duration.between(created, endOrHorizon).dividedBy(2)), endOrHorizon)
                : endDeadline;
        Instant activeUntil = earlier(closes, run.horizon());

        BigDecimal typicalPayment = budget.divide(BigDecimal.valueOf(Math.max(1, adRequests)), 0, RoundingMode.HALF_UP);
        List<DemoDeal> deals = new ArrayList<>();
        PriorityQueue<DemoDeal> due = new PriorityQueue<>(Comparator.comparing(DemoDeal::nextStep));
        for (int i = 0; i < adRequests; i++) {
            DemoDeal deal = new DemoDeal(this, campaignId, sponsor.actor(), between(created.plusSeconds(600), activeUntil),
                    amount(typicalPayment, 0.4, 1.6));
            deals.add(deal);
            due.add(deal);
        }
        while (!due.isEmpty() && due.peek().nextStep().isBefore(activeUntil)) {
            DemoDeal deal = due.poll();
            if (deal.step()) {
                due.add(deal);
            }
        }
        if (closes.isBefore(run.horizon())) {
            CloseReason reason = closedBySponsor ? CloseReason.BY_SPONSOR : CloseReason.ENDED;
            // cancelled first, so that the cascade policy (on another thread, at the real time) finds nothing left to do
            deals.stream().filter(deal -> !deal.concluded()).forEach(deal -> send(closes,
                    new CancelNegotiationCommand(deal.id(), Actor.SYSTEM, reason.negotiationCancellationReason())));
            send(closes, new CloseCampaignCommand(campaignId, closedBySponsor ? sponsor.actor() : Actor.SYSTEM, reason));
        } else {
            ongoingCampaigns.add(campaignId);
        }
    }

    /**
     * At the end of the simulated year the admin flags the newest sponsors and influencers (about
     * one in a hundred, never the first ones, which are the demo logins) and a few running campaigns.
     */
    void moderate(Actor admin, List<String> runningCampaigns) {
        DemoCast cast = run.cast();
        for (int i = 1; i <= flagCount(cast.sponsorCount(), 100); i++) {
            flag(admin, cast.sponsor(cast.sponsorCount() - i));
        }
        for (int i = 1; i <= flagCount(cast.influencerCount(), 100); i++) {
            flag(admin, cast.influencer(cast.influencerCount() - i));
        }
        runningCampaigns.stream().limit(flagCount(runningCampaigns.size(), 200)).forEach(campaignId ->
                send(run.now(), new FlagCampaignCommand(campaignId, admin, texts.flagReason())));
    }

    private void flag(Actor admin, DemoAccount account) {
        send(run.now(), new FlagAccountCommand(account.actor().accountId(), admin, texts.flagReason()));
    }

    private static int flagCount(int of, int oneIn) {
        return Math.min(of - 1, Math.max(1, of / oneIn));
    }

    /** Sends a command whose events happen at {@code at}; the command is handled on this thread. */
    void send(Instant at, Object command) {
        clock.setNow(at);
        try {
            gateway.sendAndWait(command);
            run.commandsSent().incrementAndGet();
        } finally {
            clock.clearNow();
        }
    }

    /** Accepts, or counts the refusal when the campaign's remaining budget does not cover the amount. */
    boolean accept(Instant at, AcceptOfferCommand command) {
        try {
            send(at, command);
            return true;
        } catch (CommandExecutionException refused) {
            boolean budgetExceeded = refused.getDetails()
                    .filter(details -> details instanceof RuleViolation violation
                            && violation.refusal() == Refusal.BUDGET_EXCEEDED)
                    .isPresent();
            if (!budgetExceeded) {
                throw refused;
            }
            run.refusedAcceptances().incrementAndGet();
            return false;
        }
    }

    void adRequestOpened() {
        run.progress().advance();
    }

    DemoAccount influencerRegisteredBefore(Instant moment) {
        return run.cast().influencerRegisteredBefore(moment, random);
    }

    List<String> ongoingCampaigns() {
        return ongoingCampaigns;
    }

    DemoTexts texts() {
        return texts;
    }

    /** A roll of a hundred-sided die: 0 to 99. */
    int percent() {
        return random.nextInt(100);
    }

    /** Time until the next step of a negotiation: from two hours to about a week, mostly short. */
    Duration pause() {
        double skew = random.nextDouble();
        return TWO_HOURS.plusMinutes((long) (skew * skew * 24 * 60 * 7));
    }

    /** {@code base} times a random factor between {@code low} and {@code high}, in whole units, at least 10. */
    BigDecimal amount(BigDecimal base, double low, double high) {
        BigDecimal factor = BigDecimal.valueOf(low + random.nextDouble() * (high - low));
        return base.multiply(factor).setScale(0, RoundingMode.HALF_UP).max(BigDecimal.TEN).setScale(2);
    }

    private Instant between(Instant from, Instant to) {
        long span = Math.max(1, Duration.between(from, to).toMillis());
        return from.plusMillis((long) (random.nextDouble() * span));
    }

    private static Instant earlier(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
