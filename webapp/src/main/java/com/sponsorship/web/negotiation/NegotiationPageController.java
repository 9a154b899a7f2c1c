package com.sponsorship.web.negotiation;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.CancellationProposal;
import com.sponsorship.api.negotiation.DeliverableProgress;
import com.sponsorship.api.negotiation.DeliverableStatus;
import com.sponsorship.api.negotiation.NegotiationHistory;
import com.sponsorship.api.negotiation.NegotiationState;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.PaymentMethod;
import com.sponsorship.api.negotiation.NegotiationView;
import com.sponsorship.web.common.FormSubmission;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.common.ReadAccess;
import com.sponsorship.web.common.Refusals;
import com.sponsorship.web.security.PlatformUser;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The caller's ad requests, and one negotiation: its thread of offers and the answers it allows now. */
@PageController
@RequestMapping("/ad-requests")
class NegotiationPageController {

    private static final int PAGE_SIZE = 10;

    private final NegotiationService negotiations;

    NegotiationPageController(NegotiationService negotiations) {
        this.negotiations = negotiations;
    }

    /**
     * The caller's ad requests (every one for admins and auditors), narrowed by the search filters;
     * filters in error are reported next to their fields and nothing is listed.
     */
    @GetMapping
    String list(@AuthenticationPrincipal PlatformUser user, @Valid @ModelAttribute("search") NegotiationSearchForm search,
                BindingResult binding, @RequestParam(defaultValue = "0") int page, Model model) {
        search.checkDateRange(binding);
        model.addAttribute("statuses", NegotiationStatus.values());
        model.addAttribute("staff", ReadAccess.isStaff(user));
        if (!binding.hasErrors()) {
            model.addAttribute("requests", negotiations.list(user, search.toFilters(), new PageRequest(page, PAGE_SIZE)));
        }
        return "ad-requests";
    }

    /** {@code asOf} (UTC, as a date-time input sends it) shows the negotiation's state at that moment. */
    @GetMapping("/{id}")
    String negotiation(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime asOf,
                       Model model) {
        model.addAttribute("offer", new OfferForm());
        String view = show(user, id, model);
        if (asOf != null) {
            NegotiationHistory history = (NegotiationHistory) model.getAttribute("history");
            model.addAttribute("asOf", asOf);
            model.addAttribute("asOfStep", history.asOf(asOf.toInstant(ZoneOffset.UTC)).orElse(null));
        }
        return view;
    }

    @PostMapping("/{id}/counter")
    String counter(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                   @ModelAttribute("offer") OfferForm offer, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        return answer(user, id, binding, model, redirect, "Counter-offer sent",
                () -> negotiations.counter(user, id, offer));
    }

    @PostMapping("/{id}/apply")
    String apply(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                 @ModelAttribute("offer") OfferForm offer, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        return answer(user, id, binding, model, redirect, "Application sent",
                () -> negotiations.apply(user, id, offer));
    }

    @PostMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                @ModelAttribute("edit") AdRequestForm edit, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        model.addAttribute("offer", new OfferForm());
        return answer(user, id, binding, model, redirect, "Ad request updated",
                () -> negotiations.edit(user, id, edit));
    }

    /** A form answer: on success back to the negotiation with a notice, else the page with the field errors. */
    private String answer(PlatformUser user, String id, BindingResult binding, Model model,
                          RedirectAttributes redirect, String notice, Runnable command) {
        if (!FormSubmission.submit(binding, command)) {
            return show(user, id, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/ad-requests/" + id;
    }

    @PostMapping("/{id}/accept")
    String accept(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, RedirectAttributes redirect) {
        return Refusals.run(redirect, "/ad-requests/" + id, "Agreed", () -> negotiations.accept(user, id));
    }

    @PostMapping("/{id}/reject")
    String reject(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                  @RequestParam(required = false) String message, RedirectAttributes redirect) {
        return Refusals.run(redirect, "/ad-requests/" + id, "Rejected", () -> negotiations.reject(user, id, message));
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, RedirectAttributes redirect) {
        return Refusals.run(redirect, "/ad-requests/" + id, "Ad request withdrawn",
                () -> negotiations.withdraw(user, id));
    }

    /** The sponsor records a payment of the agreed deal; a refusal (more than due, same reference) shows next to its field. */
    @PostMapping("/{id}/payments")
    String recordPayment(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                         @ModelAttribute("payment") PaymentForm payment, BindingResult binding, Model model,
                         RedirectAttributes redirect) {
        model.addAttribute("offer", new OfferForm());
        return answer(user, id, binding, model, redirect, "Payment recorded",
                () -> negotiations.recordPayment(user, id, payment));
    }

    /** A party proposes cancelling the agreed deal; a missing reason shows next to its field. */
    @PostMapping("/{id}/cancellation")
    String proposeCancellation(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                               @ModelAttribute("cancellation") ReasonForm cancellation, BindingResult binding,
                               Model model, RedirectAttributes redirect) {
        model.addAttribute("offer", new OfferForm());
        return answer(user, id, binding, model, redirect, "Cancellation proposed: the other side accepts or refuses it",
                () -> negotiations.proposeCancellation(user, id, cancellation));
    }

    @PostMapping("/{id}/cancellation/accept")
    String acceptCancellation(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                              RedirectAttributes redirect) {
        return Refusals.run(redirect, "/ad-requests/" + id, "Deal cancelled; its unpaid amount went back to the campaign",
                () -> negotiations.answerCancellation(user, id, true));
    }

    @PostMapping("/{id}/cancellation/refuse")
    String refuseCancellation(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                              RedirectAttributes redirect) {
        return Refusals.run(redirect, "/ad-requests/" + id, "Cancellation refused: the deal goes on",
                () -> negotiations.answerCancellation(user, id, false));
    }

    @PostMapping("/{id}/payments/{paymentId}/confirm")
    String confirmPayment(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                          @PathVariable String paymentId, RedirectAttributes redirect) {
        return Refusals.run(redirect, "/ad-requests/" + id, "Payment confirmed",
                () -> negotiations.confirmPayment(user, id, paymentId));
    }

    /** The influencer's form to dispute one payment, with the reason. */
    @GetMapping("/{id}/payments/{paymentId}/dispute")
    String disputeForm(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                       @PathVariable String paymentId, Model model) {
        model.addAttribute("dispute", new ReasonForm());
        return showDispute(user, id, paymentId, model);
    }

    @PostMapping("/{id}/payments/{paymentId}/dispute")
    String disputePayment(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                          @PathVariable String paymentId, @ModelAttribute("dispute") ReasonForm dispute,
                          BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!FormSubmission.submit(binding, () -> negotiations.disputePayment(user, id, paymentId, dispute))) {
            return showDispute(user, id, paymentId, model);
        }
        redirect.addFlashAttribute("notice", "Payment disputed");
        return "redirect:/ad-requests/" + id;
    }

    private String showDispute(PlatformUser user, String id, String paymentId, Model model) {
        model.addAttribute("paymentShown", negotiations.payment(user, id, paymentId));
        model.addAttribute("negotiation", negotiations.negotiation(user, id));
        return "payment-dispute";
    }

    /** One deliverable of the deal and the forms its status allows the caller (a hint: the aggregate decides). */
    @GetMapping("/{id}/deliverables/{number}")
    String deliverable(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @PathVariable int number,
                       Model model) {
        model.addAttribute("deliverableForm", new DeliverableForm());
        return showDeliverable(user, id, number, model);
    }

    /** A form of the deliverable's page: on success back to the negotiation with a notice, else its page with the field errors. */
    @PostMapping("/{id}/deliverables/{number}/{action:" + DeliverableAction.PATTERN + "}")
    String onDeliverable(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @PathVariable int number,
                         @PathVariable String action, @ModelAttribute("deliverableForm") DeliverableForm form,
                         BindingResult binding, Model model, RedirectAttributes redirect) {
        DeliverableAction step = DeliverableAction.of(action);
        if (!FormSubmission.submit(binding, () -> negotiations.onDeliverable(user, id, number, step, form))) {
            return showDeliverable(user, id, number, model);
        }
        redirect.addFlashAttribute("notice", step.notice());
        return "redirect:/ad-requests/" + id;
    }

    private String showDeliverable(PlatformUser user, String id, int number, Model model) {
        DeliverableProgress item = negotiations.deliverable(user, id, number);
        NegotiationView negotiation = negotiations.negotiation(user, id);
        boolean inProgress = negotiation.status() == NegotiationStatus.AGREED
                && negotiations.state(negotiation).isParty(user.actor());
        model.addAttribute("negotiation", negotiation);
        model.addAttribute("item", item);
        model.addAttribute("canSubmitDraft", inProgress && user.role() == Role.INFLUENCER && item.awaitsDraft());
        model.addAttribute("canReview", inProgress && user.role() == Role.SPONSOR
                && item.status() == DeliverableStatus.SUBMITTED);
        model.addAttribute("canPublish", inProgress && user.role() == Role.INFLUENCER
                && item.status() == DeliverableStatus.APPROVED);
        return "deliverable";
    }

    /**
     * The cancellation proposed and who may do what about it (a hint for the layout: the aggregate
     * decides): a party of a deal in progress proposes, the other side answers; an admin ends a disputed deal.
     */
    private static void showCancellation(NegotiationState state, PlatformUser user, Model model) {
        boolean inProgressParty = state.status() == NegotiationStatus.AGREED && state.isParty(user.actor());
        CancellationProposal proposal = state.cancellation();
        model.addAttribute("proposal", proposal);
        model.addAttribute("canProposeCancellation", inProgressParty && proposal == null);
        model.addAttribute("canAnswerCancellation", inProgressParty && proposal != null
                && proposal.proposedBy() != user.role());
        model.addAttribute("canEndDeal", user.role() == Role.ADMIN && state.disputed());
        if (!model.containsAttribute("cancellation")) {
            model.addAttribute("cancellation", new ReasonForm());
        }
    }

    /** The deal's payments and who may do what with them (a hint for the layout: the aggregate decides). */
    private static void showPayments(NegotiationState state, PlatformUser user, Model model) {
        boolean agreedParty = state.status() != null && state.status().isDeal() && state.isParty(user.actor());
        model.addAttribute("deal", state);
        model.addAttribute("canRecordPayment", agreedParty && user.role() == Role.SPONSOR
                && state.outstanding().signum() > 0);
        model.addAttribute("canAnswerPayments", agreedParty && user.role() == Role.INFLUENCER);
        model.addAttribute("paymentMethods", PaymentMethod.values());
        if (!model.containsAttribute("payment")) {
            model.addAttribute("payment", new PaymentForm());
        }
    }

    private String show(PlatformUser user, String id, Model model) {
        NegotiationView negotiation = negotiations.negotiation(user, id);
        model.addAttribute("negotiation", negotiation);
        model.addAttribute("campaignLinked", negotiations.campaignLinked(user, negotiation));
        negotiations.overBudget(user, negotiation).ifPresent(remaining -> model.addAttribute("overBudget", remaining));
        NegotiationHistory history = negotiations.history(negotiation);
        model.addAttribute("history", history);
        NegotiationState state = negotiations.state(negotiation);
        model.addAttribute("turn", Turn.of(state, user.actor()));
        model.addAttribute("canDownloadCertificate", ReadAccess.mayCertify(user, negotiation));
        showPayments(state, user, model);
        showCancellation(state, user, model);
        model.addAttribute("overdue", state.overdue(LocalDate.now(ZoneOffset.UTC)));
        OfferForm offer = (OfferForm) model.getAttribute("offer");
        if (offer != null) {
            offer.showTermsFields(negotiation.terms());
        }
        if (!model.containsAttribute("edit")) {
            AdRequestForm edit = new AdRequestForm();
            edit.setMessage(negotiation.message());
            edit.setRequirements(negotiation.requirements());
            edit.setPaymentAmount(negotiation.paymentAmount());
            model.addAttribute("edit", edit);
        }
        return "negotiation";
    }
}
