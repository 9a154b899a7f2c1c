package com.sponsorship.web.negotiation;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.negotiation.NegotiationHistory;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.NegotiationView;
import com.sponsorship.web.common.FormSubmission;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.common.ReadAccess;
import com.sponsorship.web.common.Refusals;
import com.sponsorship.web.security.PlatformUser;
import jakarta.validation.Valid;
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

    private String show(PlatformUser user, String id, Model model) {
        NegotiationView negotiation = negotiations.negotiation(user, id);
        model.addAttribute("negotiation", negotiation);
        model.addAttribute("campaignLinked", negotiations.campaignLinked(user, negotiation));
        negotiations.overBudget(user, negotiation).ifPresent(remaining -> model.addAttribute("overBudget", remaining));
        NegotiationHistory history = negotiations.history(negotiation);
        model.addAttribute("history", history);
        model.addAttribute("turn", Turn.of(negotiations.state(negotiation), user.actor()));
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
