package com.sponsorship.web.negotiation;

import com.sponsorship.api.campaign.CampaignView;
import com.sponsorship.api.campaign.FindCampaignQuery;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.api.negotiation.FindNegotiationHistoryQuery;
import com.sponsorship.api.negotiation.NegotiationHistory;
import com.sponsorship.api.negotiation.NegotiationPage;
import com.sponsorship.api.negotiation.NegotiationStatus;
import com.sponsorship.api.negotiation.NegotiationView;
import com.sponsorship.api.negotiation.RejectOfferCommand;
import com.sponsorship.api.negotiation.WithdrawAdRequestCommand;
import com.sponsorship.web.audit.HistoryCsv;
import com.sponsorship.web.common.FormSubmission;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.common.ReadAccess;
import com.sponsorship.web.common.Refusals;
import com.sponsorship.web.common.Scopes;
import com.sponsorship.web.security.PlatformUser;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The caller's ad requests, and one negotiation: its thread of offers and the answers it allows now. */
@PageController
@RequestMapping("/ad-requests")
class NegotiationPageController {

    private static final int PAGE_SIZE = 10;

    private final PlatformCommands commands;
    private final PlatformQueries queries;
    private final ReadAccess access;

    NegotiationPageController(PlatformCommands commands, PlatformQueries queries, ReadAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
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
            model.addAttribute("requests", queries.fetch(
                    Scopes.negotiations(user, search.toFilters(), new PageRequest(page, PAGE_SIZE)), NegotiationPage.class));
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

    @GetMapping(value = "/{id}/history.csv", produces = "text/csv")
    @ResponseBody
    ResponseEntity<String> historyCsv(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        access.negotiation(user, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ad-request-" + id + "-history.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(HistoryCsv.of(queries.fetch(new FindNegotiationHistoryQuery(id), NegotiationHistory.class)));
    }

    @GetMapping(value = "/{id}/history.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<NegotiationHistory> historyJson(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        access.negotiation(user, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ad-request-" + id + "-history.json\"")
                .body(queries.fetch(new FindNegotiationHistoryQuery(id), NegotiationHistory.class));
    }

    @PostMapping("/{id}/counter")
    String counter(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                   @ModelAttribute("offer") OfferForm offer, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        return answer(user, id, binding, model, redirect, "Counter-offer sent",
                () -> commands.send(offer.toCounterCommand(id, user.actor())));
    }

    @PostMapping("/{id}/apply")
    String apply(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                 @ModelAttribute("offer") OfferForm offer, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        return answer(user, id, binding, model, redirect, "Application sent",
                () -> commands.send(offer.toApplyCommand(id, user.actor())));
    }

    @PostMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                @ModelAttribute("edit") AdRequestForm edit, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        model.addAttribute("offer", new OfferForm());
        return answer(user, id, binding, model, redirect, "Ad request updated",
                () -> commands.send(edit.toEditCommand(id, user.actor())));
    }

    /** A form answer: on success back to the negotiation with a notice, else the page with the field errors. */
    private String answer(PlatformUser user, String id, BindingResult binding, Model model,
                          RedirectAttributes redirect, String notice, Runnable command) {
        access.negotiation(user, id);
        if (!FormSubmission.submit(binding, command)) {
            return show(user, id, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/ad-requests/" + id;
    }

    @PostMapping("/{id}/accept")
    String accept(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, RedirectAttributes redirect) {
        access.negotiation(user, id);
        return Refusals.run(redirect, "/ad-requests/" + id, "Agreed",
                () -> commands.send(new AcceptOfferCommand(id, user.actor())));
    }

    @PostMapping("/{id}/reject")
    String reject(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                  @RequestParam(required = false) String message, RedirectAttributes redirect) {
        access.negotiation(user, id);
        return Refusals.run(redirect, "/ad-requests/" + id, "Rejected",
                () -> commands.send(new RejectOfferCommand(id, user.actor(), message)));
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, RedirectAttributes redirect) {
        access.negotiation(user, id);
        return Refusals.run(redirect, "/ad-requests/" + id, "Ad request withdrawn",
                () -> commands.send(new WithdrawAdRequestCommand(id, user.actor())));
    }

    private String show(PlatformUser user, String id, Model model) {
        NegotiationView negotiation = access.negotiation(user, id);
        model.addAttribute("negotiation", negotiation);
        model.addAttribute("campaignLinked", access.canSeeCampaign(user, negotiation.campaignId()));
        if (user.role() == Role.SPONSOR && !negotiation.status().isConcluded()) {
            queries.find(new FindCampaignQuery(negotiation.campaignId()), CampaignView.class)
                    .filter(campaign -> negotiation.paymentAmount().compareTo(campaign.remainingBudget()) > 0)
                    .ifPresent(campaign -> model.addAttribute("overBudget", campaign.remainingBudget()));
        }
        NegotiationHistory history = queries.fetch(new FindNegotiationHistoryQuery(id), NegotiationHistory.class);
        model.addAttribute("history", history);
        model.addAttribute("turn", Turn.of(negotiation, history, user));
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
