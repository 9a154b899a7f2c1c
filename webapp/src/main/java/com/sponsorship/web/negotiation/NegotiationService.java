package com.sponsorship.web.negotiation;

import com.sponsorship.api.campaign.CampaignView;
import com.sponsorship.api.campaign.FindCampaignQuery;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.AcceptCancellationCommand;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.api.negotiation.ProposeCancellationCommand;
import com.sponsorship.api.negotiation.RefuseCancellationCommand;
import com.sponsorship.api.negotiation.DeliverableProgress;
import com.sponsorship.api.negotiation.FindNegotiationHistoryQuery;
import com.sponsorship.api.negotiation.FindNegotiationStateQuery;
import com.sponsorship.api.negotiation.FindOpenAdRequestsQuery;
import com.sponsorship.api.negotiation.NegotiationFilters;
import com.sponsorship.api.negotiation.NegotiationHistory;
import com.sponsorship.api.negotiation.NegotiationPage;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.api.negotiation.NegotiationView;
import com.sponsorship.api.negotiation.RejectOfferCommand;
import com.sponsorship.api.negotiation.WithdrawAdRequestCommand;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.common.ReadAccess;
import com.sponsorship.web.common.Scopes;
import com.sponsorship.web.security.PlatformUser;
import com.sponsorship.api.negotiation.ConfirmPaymentCommand;
import com.sponsorship.api.negotiation.DisputePaymentCommand;
import com.sponsorship.api.negotiation.Payment;
import com.sponsorship.web.common.NotFoundException;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Ad requests and their negotiation for pages and API alike. Only a request the caller may see
 * can be read or acted on ("not found" otherwise); the aggregate decides the rest. Every action
 * answers the request as it stands afterwards.
 */
@Service
public class NegotiationService {

    private final PlatformCommands commands;
    private final PlatformQueries queries;
    private final ReadAccess access;

    NegotiationService(PlatformCommands commands, PlatformQueries queries, ReadAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    /** The caller's own (every one for admins and auditors), narrowed by the filters. */
    NegotiationPage list(PlatformUser user, NegotiationFilters filters, PageRequest page) {
        return queries.fetch(Scopes.negotiations(user, filters, page), NegotiationPage.class);
    }

    /** Requests open to any influencer, on public open campaigns. */
    NegotiationPage openToAny(PageRequest page) {
        return queries.fetch(new FindOpenAdRequestsQuery(page), NegotiationPage.class);
    }

    NegotiationView negotiation(PlatformUser user, String id) {
        return access.negotiation(user, id);
    }

    /** Every step from the event store: participants, admins and auditors. */
    public NegotiationHistory history(PlatformUser user, String id) {
        return history(access.negotiation(user, id));
    }

    NegotiationHistory history(NegotiationView visible) {
        return queries.fetch(new FindNegotiationHistoryQuery(visible.id()), NegotiationHistory.class);
    }

    /** Where the negotiation stands now, as its events decide it: whose turn it is. */
    NegotiationState state(NegotiationView visible) {
        return queries.fetch(new FindNegotiationStateQuery(visible.id()), NegotiationState.class);
    }

    /** Whether a link to the request's campaign would open it for this user. */
    boolean campaignLinked(PlatformUser user, NegotiationView negotiation) {
        return access.canSeeCampaign(user, negotiation.campaignId());
    }

    /** For the sponsor of an unfinished request: the campaign's remaining budget, when the offer is above it. */
    Optional<BigDecimal> overBudget(PlatformUser user, NegotiationView negotiation) {
        if (user.role() != Role.SPONSOR || negotiation.status().isConcluded()) {
            return Optional.empty();
        }
        return queries.find(new FindCampaignQuery(negotiation.campaignId()), CampaignView.class)
                .map(CampaignView::remainingBudget)
                .filter(remaining -> negotiation.paymentAmount().compareTo(remaining) > 0);
    }

    NegotiationView edit(PlatformUser sponsor, String id, AdRequestForm form) {
        return act(sponsor, id, () -> form.toEditCommand(id, sponsor.actor()));
    }

    NegotiationView apply(PlatformUser influencer, String id, OfferForm offer) {
        return act(influencer, id, () -> offer.toApplyCommand(id, influencer.actor()));
    }

    NegotiationView counter(PlatformUser user, String id, OfferForm offer) {
        return act(user, id, () -> offer.toCounterCommand(id, user.actor()));
    }

    NegotiationView accept(PlatformUser user, String id) {
        return act(user, id, () -> new AcceptOfferCommand(id, user.actor()));
    }

    NegotiationView reject(PlatformUser user, String id, String message) {
        return act(user, id, () -> new RejectOfferCommand(id, user.actor(), message));
    }

    NegotiationView withdraw(PlatformUser sponsor, String id) {
        return act(sponsor, id, () -> new WithdrawAdRequestCommand(id, sponsor.actor()));
    }

    /** The request with its payments, paid and outstanding, as its events decide them. */
    AdRequestDetails details(PlatformUser user, String id) {
        NegotiationView visible = access.negotiation(user, id);
        return AdRequestDetails.of(visible, state(visible));
    }

    /** The sponsor records a payment of its agreed deal; answers the new payment's id. */
    String recordPayment(PlatformUser sponsor, String id, PaymentForm form) {
        access.negotiation(sponsor, id);
        String paymentId = UUID.randomUUID().toString();
        commands.send(form.toCommand(id, sponsor.actor(), paymentId));
        return paymentId;
    }

    /** The influencer confirms receiving a payment. */
    void confirmPayment(PlatformUser influencer, String id, String paymentId) {
        payment(influencer, id, paymentId);
        commands.send(new ConfirmPaymentCommand(id, influencer.actor(), paymentId));
    }

    /** The influencer disputes a payment, saying why. */
    void disputePayment(PlatformUser influencer, String id, String paymentId, ReasonForm form) {
        payment(influencer, id, paymentId);
        commands.send(new DisputePaymentCommand(id, influencer.actor(), paymentId, form.getReason()));
    }

    /** A party of an agreed deal proposes cancelling it, saying why. */
    void proposeCancellation(PlatformUser user, String id, ReasonForm form) {
        act(user, id, () -> new ProposeCancellationCommand(id, user.actor(), form.getReason()));
    }

    /** The other party accepts the proposed cancellation (the deal ends, its unpaid amount is released) or refuses it. */
    void answerCancellation(PlatformUser user, String id, boolean accept) {
        act(user, id, () -> accept ? new AcceptCancellationCommand(id, user.actor())
                : new RefuseCancellationCommand(id, user.actor()));
    }

    /**
     * A party acts on a deliverable of its deal: the influencer submits a draft or adds the live
     * link, the sponsor approves, asks for changes or disputes (the form carries the link, the note and the reason).
     */
    void onDeliverable(PlatformUser user, String id, int number, DeliverableAction action, DeliverableForm form) {
        deliverable(user, id, number);
        commands.send(action.command(id, user.actor(), number, form == null ? new DeliverableForm() : form));
    }

    /** A deliverable of a request the caller may see; "not found" otherwise (and before agreement). */
    DeliverableProgress deliverable(PlatformUser user, String id, int number) {
        return state(access.negotiation(user, id)).deliverable(number)
                .orElseThrow(() -> new NotFoundException("Deliverable"));
    }

    /** A payment of a request the caller may see; "not found" otherwise. */
    Payment payment(PlatformUser user, String id, String paymentId) {
        NegotiationView visible = access.negotiation(user, id);
        return Optional.ofNullable(ReadAccess.isId(paymentId) ? paymentId : null)
                .flatMap(known -> state(visible).payment(known))
                .orElseThrow(() -> new NotFoundException("Payment"));
    }

    private NegotiationView act(PlatformUser user, String id, Supplier<Object> command) {
        access.negotiation(user, id);
        commands.send(command.get());
        return access.negotiation(user, id);
    }
}
