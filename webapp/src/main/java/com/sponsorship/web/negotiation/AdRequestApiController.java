package com.sponsorship.web.negotiation;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.negotiation.NegotiationPage;
import com.sponsorship.api.negotiation.NegotiationView;
import com.sponsorship.api.validation.PageNumber;
import com.sponsorship.api.validation.PageSize;
import com.sponsorship.web.common.IdResponse;
import com.sponsorship.web.common.InvalidInputException;
import com.sponsorship.web.security.PlatformUser;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ad requests and their negotiation; every answer is the request as it stands afterwards. Their
 * history exports are the audit feature's.
 */
@RestController
@RequestMapping("/api/v1/ad-requests")
class AdRequestApiController {

    private final NegotiationService negotiations;
    private final MessageSource messages;

    AdRequestApiController(NegotiationService negotiations, MessageSource messages) {
        this.negotiations = negotiations;
        this.messages = messages;
    }

    /**
     * The caller's own: a sponsor's requests, an influencer's offers; admins and auditors see all.
     * The search filters (campaign, sponsor, influencer, status, from, to) narrow within that scope.
     */
    @GetMapping
    NegotiationPage list(@AuthenticationPrincipal PlatformUser user,
                         @Valid @ModelAttribute NegotiationSearchForm search, BindingResult binding,
                         @RequestParam(defaultValue = "0") @PageNumber int page,
                         @RequestParam(defaultValue = "20") @PageSize int size) {
        search.checkDateRange(binding);
        if (binding.hasErrors()) {
            throw InvalidInputException.of(binding, messages);
        }
        return negotiations.list(user, search.toFilters(), new PageRequest(page, size));
    }

    /** Requests open to any influencer, on public open campaigns. */
    @GetMapping("/open")
    NegotiationPage open(@RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size) {
        return negotiations.openToAny(new PageRequest(page, size));
    }

    /** The request with its payments, paid and outstanding, and its deliverables once agreed. */
    @GetMapping("/{id}")
    AdRequestDetails get(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        return negotiations.details(user, id);
    }

    /** The sponsor records a payment of its agreed deal. */
    @PostMapping("/{id}/payments")
    ResponseEntity<IdResponse> recordPayment(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                                             @RequestBody PaymentForm form) {
        String paymentId = negotiations.recordPayment(user, id, form);
        return ResponseEntity.created(URI.create("/api/v1/ad-requests/" + id)).body(new IdResponse(paymentId));
    }

    @PostMapping("/{id}/payments/{paymentId}/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmPayment(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                        @PathVariable String paymentId) {
        negotiations.confirmPayment(user, id, paymentId);
    }

    @PostMapping("/{id}/payments/{paymentId}/dispute")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disputePayment(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                        @PathVariable String paymentId, @RequestBody ReasonForm form) {
        negotiations.disputePayment(user, id, paymentId, form);
    }

    /** A party of an agreed deal proposes cancelling it. */
    @PostMapping("/{id}/cancellation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void proposeCancellation(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                             @RequestBody ReasonForm form) {
        negotiations.proposeCancellation(user, id, form);
    }

    /** The other party accepts or refuses the proposed cancellation. */
    @PostMapping("/{id}/cancellation/{answer:accept|refuse}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answerCancellation(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                            @PathVariable String answer) {
        negotiations.answerCancellation(user, id, answer.equals("accept"));
    }

    /**
     * A party acts on a deliverable of its deal: {@code draft} {url, note} and {@code live} {url}
     * (the influencer), {@code approve}, {@code request-changes} {note} and {@code dispute} {reason} (the sponsor).
     */
    @PostMapping("/{id}/deliverables/{number}/{action:" + DeliverableAction.PATTERN + "}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void onDeliverable(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @PathVariable int number,
                       @PathVariable String action, @RequestBody(required = false) DeliverableForm form) {
        negotiations.onDeliverable(user, id, number, DeliverableAction.of(action), form);
    }

    @PutMapping("/{id}")
    NegotiationView edit(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                         @RequestBody AdRequestForm form) {
        return negotiations.edit(user, id, form);
    }

    @PostMapping("/{id}/apply")
    NegotiationView apply(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                          @RequestBody OfferForm form) {
        return negotiations.apply(user, id, form);
    }

    @PostMapping("/{id}/counter")
    NegotiationView counter(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                            @RequestBody OfferForm form) {
        return negotiations.counter(user, id, form);
    }

    @PostMapping("/{id}/accept")
    NegotiationView accept(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        return negotiations.accept(user, id);
    }

    @PostMapping("/{id}/reject")
    NegotiationView reject(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                           @RequestBody(required = false) OfferForm form) {
        return negotiations.reject(user, id, form == null ? null : form.getMessage());
    }

    @PostMapping("/{id}/withdraw")
    NegotiationView withdraw(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        return negotiations.withdraw(user, id);
    }
}
