package com.sponsorship.demo;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.negotiation.AcceptCancellationCommand;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.api.negotiation.ApplyToAdRequestCommand;
import com.sponsorship.api.negotiation.ApproveDraftCommand;
import com.sponsorship.api.negotiation.DisputeDraftCommand;
import com.sponsorship.api.negotiation.ConfirmPaymentCommand;
import com.sponsorship.api.negotiation.CounterOfferCommand;
import com.sponsorship.api.negotiation.DeliverableProgress;
import com.sponsorship.api.negotiation.DeliverableStatus;
import com.sponsorship.api.negotiation.DisputePaymentCommand;
import com.sponsorship.api.negotiation.OpenAdRequestCommand;
import com.sponsorship.api.negotiation.PaymentMethod;
import com.sponsorship.api.negotiation.ProposeCancellationCommand;
import com.sponsorship.api.negotiation.PublishDeliverableCommand;
import com.sponsorship.api.negotiation.RecordPaymentCommand;
import com.sponsorship.api.negotiation.RefuseCancellationCommand;
import com.sponsorship.api.negotiation.RejectOfferCommand;
import com.sponsorship.api.negotiation.RequestChangesCommand;
import com.sponsorship.api.negotiation.SubmitDraftCommand;
import com.sponsorship.api.negotiation.WithdrawAdRequestCommand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/**
 * One generated negotiation, played one step at a time at increasing simulated moments: the
 * sponsor opens an ad request (to an influencer, or to anyone), then whoever's turn it is accepts,
 * rejects, counters or does nothing more, and an unanswered request may be withdrawn. Between them
 * the dice reach every status; a negotiation left waiting is cancelled if its campaign closes, or
 * expires when its last offer has waited 30 days. An agreed deal goes on with its deliverable (draft,
 * review, live link: completed; or cancelled by both sides) and payments: a deposit or
 * the whole outstanding amount, each confirmed or (now and then) disputed by the influencer, until
 * it is paid or the dice stop it.
 */
final class DemoDeal {

    private enum Turn { NOT_OPENED, ANYONE, INFLUENCER, SPONSOR, DELIVERING, CANCELLING, PAYING }

    /**
     * Every generated offer gives the other side the longest answer time; one left waiting longer
     * expires when the deadline scheduler resumes after the run, as it would have.
     */
    static final int ANSWER_WITHIN_DAYS = 30;

    private final DemoSender sender;
    private final String id = UUID.randomUUID().toString();
    private final String campaignId;
    private final Actor sponsor;
    private Actor influencer;
    private Instant nextStep;
    private BigDecimal onTable;
    private Turn turn = Turn.NOT_OPENED;
    private boolean answered;
    private boolean concluded;
    /** Once agreed: what the sponsor has paid (not disputed), and the payment the influencer has yet to answer. */
    private BigDecimal paid = BigDecimal.ZERO;
    private String unanswered;
    private BigDecimal unansweredAmount;
    /** Once agreed: where its one deliverable stands, and how often the sponsor asked for changes. */
    private DeliverableStatus review = DeliverableStatus.PENDING;
    private int changeRounds;
    private boolean disputed;
    /** Once agreed: the side that proposed cancelling the deal, while the other has not answered. */
    private Actor proposer;

    DemoDeal(DemoSender sender, String campaignId, Actor sponsor, Instant opens, BigDecimal firstOffer) {
        this.sender = sender;
        this.campaignId = campaignId;
        this.sponsor = sponsor;
        this.nextStep = opens;
        this.onTable = firstOffer;
    }

    String id() {
        return id;
    }

    Instant nextStep() {
        return nextStep;
    }

    /** Concluded by the parties (agreed, rejected, withdrawn); one that is not may still be cancelled. */
    boolean concluded() {
        return concluded;
    }

    /** Takes the next step at {@link #nextStep()}; answers whether another step follows. */
    boolean step() {
        Instant at = nextStep;
        int roll = sender.percent();
        boolean goesOn = switch (turn) {
            case NOT_OPENED -> open(at, roll);
            case ANYONE -> answerOpenRequest(at, roll);
            case INFLUENCER -> influencerAnswers(at, roll);
            case SPONSOR -> sponsorAnswers(at, roll);
            case DELIVERING -> deliver(at, roll);
            case CANCELLING -> answerCancellation(at, roll);
            case PAYING -> pay(at, roll);
        };
        nextStep = at.plus(sender.pause());
        return goesOn;
    }

    private boolean open(Instant at, int roll) {
        boolean toAnyone = roll < 25;
        influencer = toAnyone ? null : sender.influencerRegisteredBefore(at).actor();
        sender.send(at, new OpenAdRequestCommand(id, sponsor, campaignId, toAnyone ? null : influencer.accountId(),
                sender.texts().offer(), sender.texts().requirements(), onTable, null, ANSWER_WITHIN_DAYS));
        sender.adRequestOpened();
        turn = toAnyone ? Turn.ANYONE : Turn.INFLUENCER;
        return true;
    }

    private boolean answerOpenRequest(Instant at, int roll) {
        if (roll < 60) {
            influencer = sender.influencerRegisteredBefore(at).actor();
            onTable = sender.amount(onTable, 0.9, 1.3);
            sender.send(at, new ApplyToAdRequestCommand(id, influencer, onTable, sender.texts().application(),
                    ANSWER_WITHIN_DAYS));
            answered = true;
            turn = Turn.SPONSOR;
            return true;
        }
        return roll < 75 ? withdraw(at) : false;
    }

    /** A first answer is more often a counter-offer; an answer to the sponsor's counter more often an acceptance. */
    private boolean influencerAnswers(Instant at, int roll) {
        int accept = answered ? 55 : 30;
        int reject = accept + 15;
        int counter = reject + (answered ? 10 : 35);
        if (roll < accept) {
            return accept(at, influencer);
        }
        if (roll < reject) {
            return reject(at, influencer);
        }
        if (roll < counter) {
            onTable = sender.amount(onTable, 1.05, 1.4);
            sender.send(at, new CounterOfferCommand(id, influencer, onTable, sender.texts().counterOffer(), null,
                    ANSWER_WITHIN_DAYS));
            answered = true;
            turn = Turn.SPONSOR;
            return true;
        }
        return !answered && roll < counter + 8 ? withdraw(at) : false;
    }

    private boolean sponsorAnswers(Instant at, int roll) {
        if (roll < 50) {
            return accept(at, sponsor);
        }
        if (roll < 65) {
            return reject(at, sponsor);
        }
        if (roll < 85) {
            onTable = sender.amount(onTable, 0.8, 0.95);
            sender.send(at, new CounterOfferCommand(id, sponsor, onTable, sender.texts().counterOffer(), null,
                    ANSWER_WITHIN_DAYS));
            turn = Turn.INFLUENCER;
            return true;
        }
        return false;
    }

    /** A refused acceptance (budget used up) is answered a few minutes later with a rejection. */
    private boolean accept(Instant at, Actor actor) {
        if (sender.accept(at, new AcceptOfferCommand(id, actor))) {
            concluded = true;
            turn = Turn.DELIVERING;
            return true;
        }
        sender.send(at.plus(Duration.ofMinutes(5)), new RejectOfferCommand(id, actor, sender.texts().budgetUsedUp()));
        concluded = true;
        return false;
    }

    /**
     * After agreement, the one deliverable of the standard terms: the influencer submits a draft, the
     * sponsor approves it or (at most 3 times) asks for changes, after which it may dispute the draft
     * once, the influencer adds the live link and the deal is completed; some stop half-way (overdue, or
     * approved automatically when the deadline scheduler resumes), and now and then one side proposes
     * cancelling the deal. Payments follow unless it is cancelled.
     */
    private boolean deliver(Instant at, int roll) {
        if (roll >= 92) {
            turn = Turn.PAYING;
            return true;
        }
        if (roll >= 89) {
            proposer = roll % 2 == 0 ? sponsor : influencer;
            sender.send(at, new ProposeCancellationCommand(id, proposer, "Our plans for the campaign changed"));
            turn = Turn.CANCELLING;
            return true;
        }
        String link = "https://example.com/demo/" + id.substring(0, 8);
        switch (review) {
            case PENDING, CHANGES_REQUESTED -> {
                sender.send(at, new SubmitDraftCommand(id, influencer, 1, link + "/draft-" + (changeRounds + 1),
                        changeRounds == 0 ? "First cut" : "Changed as asked"));
                review = DeliverableStatus.SUBMITTED;
            }
            case SUBMITTED -> {
                if (roll < 30 && changeRounds < DeliverableProgress.MAX_CHANGE_ROUNDS) {
                    sender.send(at, new RequestChangesCommand(id, sponsor, 1, "Please show the product longer"));
                    changeRounds++;
                    review = DeliverableStatus.CHANGES_REQUESTED;
                } else if (roll < 30 && !disputed) {
                    sender.send(at, new DisputeDraftCommand(id, sponsor, 1, "Still not what we agreed on"));
                    disputed = true;
                } else {
                    sender.send(at, new ApproveDraftCommand(id, sponsor, 1));
                    review = DeliverableStatus.APPROVED;
                }
            }
            default -> {
                sender.send(at, new PublishDeliverableCommand(id, influencer, 1, link + "/live"));
                turn = Turn.PAYING;
            }
        }
        return true;
    }

    /**
     * The other side accepts a proposed cancellation (the deal ends and its budget is released: nothing
     * was paid yet) or, less often, refuses it and the deliverable goes on.
     */
    private boolean answerCancellation(Instant at, int roll) {
        Actor other = proposer == sponsor ? influencer : sponsor;
        if (roll < 70) {
            sender.send(at, new AcceptCancellationCommand(id, other));
            return false;
        }
        sender.send(at, new RefuseCancellationCommand(id, other));
        turn = Turn.DELIVERING;
        return true;
    }

    /**
     * After agreement: the influencer answers the last payment (mostly confirms, sometimes disputes),
     * or the sponsor pays a deposit or what is outstanding; some deals stay partly or wholly unpaid.
     */
    private boolean pay(Instant at, int roll) {
        if (unanswered != null) {
            if (roll < 90) {
                sender.send(at, new ConfirmPaymentCommand(id, influencer, unanswered));
            } else {
                sender.send(at, new DisputePaymentCommand(id, influencer, unanswered, "The amount did not arrive"));
                paid = paid.subtract(unansweredAmount);
            }
            unanswered = null;
            return paid.compareTo(onTable) < 0;
        }
        if (roll >= 75) {
            return false;
        }
        BigDecimal outstanding = onTable.subtract(paid);
        BigDecimal deposit = onTable.multiply(new BigDecimal("0.3")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal amount = paid.signum() == 0 && roll < 40 && deposit.signum() > 0 ? deposit : outstanding;
        unanswered = UUID.randomUUID().toString();
        unansweredAmount = amount;
        PaymentMethod method = PaymentMethod.values()[roll % PaymentMethod.values().length];
        sender.send(at, new RecordPaymentCommand(id, sponsor, unanswered, amount, LocalDate.ofInstant(at, ZoneOffset.UTC),
                method, "DEMO-" + unanswered.substring(0, 8).toUpperCase(Locale.ROOT)));
        paid = paid.add(amount);
        return true;
    }

    private boolean reject(Instant at, Actor actor) {
        sender.send(at, new RejectOfferCommand(id, actor, sender.texts().rejection()));
        concluded = true;
        return false;
    }

    private boolean withdraw(Instant at) {
        sender.send(at, new WithdrawAdRequestCommand(id, sponsor));
        concluded = true;
        return false;
    }
}
