package com.sponsorship.web.negotiation;

import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.api.negotiation.FindNegotiationHistoryQuery;
import com.sponsorship.api.negotiation.FindOpenAdRequestsQuery;
import com.sponsorship.api.negotiation.NegotiationHistory;
import com.sponsorship.api.negotiation.NegotiationPage;
import com.sponsorship.api.negotiation.NegotiationView;
import com.sponsorship.api.negotiation.RejectOfferCommand;
import com.sponsorship.api.negotiation.WithdrawAdRequestCommand;
import com.sponsorship.api.validation.PageNumber;
import com.sponsorship.api.validation.PageSize;
import com.sponsorship.web.audit.HistoryCsv;
import com.sponsorship.web.common.InvalidInputException;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.common.ReadAccess;
import com.sponsorship.web.common.Scopes;
import com.sponsorship.web.security.PlatformUser;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RestController;

/** Ad requests and their negotiation; every answer is the request as it stands afterwards. */
@RestController
@RequestMapping("/api/v1/ad-requests")
class AdRequestApiController {

    private final PlatformCommands commands;
    private final PlatformQueries queries;
    private final ReadAccess access;
    private final MessageSource messages;

    AdRequestApiController(PlatformCommands commands, PlatformQueries queries, ReadAccess access,
                           MessageSource messages) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
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
        return queries.fetch(Scopes.negotiations(user, search.toFilters(), new PageRequest(page, size)),
                NegotiationPage.class);
    }

    /** Requests open to any influencer, on public open campaigns. */
    @GetMapping("/open")
    NegotiationPage open(@RequestParam(defaultValue = "0") @PageNumber int page, @RequestParam(defaultValue = "20") @PageSize int size) {
        return queries.fetch(new FindOpenAdRequestsQuery(new PageRequest(page, size)), NegotiationPage.class);
    }

    @GetMapping("/{id}")
    NegotiationView get(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        return access.negotiation(user, id);
    }

    /** Every step from the event store: participants, admins and auditors. */
    @GetMapping("/{id}/history")
    NegotiationHistory history(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        access.negotiation(user, id);
        return queries.fetch(new FindNegotiationHistoryQuery(id), NegotiationHistory.class);
    }

    @GetMapping(value = "/{id}/history.csv", produces = "text/csv")
    ResponseEntity<String> historyCsv(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ad-request-" + id + "-history.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(HistoryCsv.of(history(user, id)));
    }

    @PutMapping("/{id}")
    NegotiationView edit(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                         @RequestBody AdRequestForm form) {
        return act(user, id, () -> form.toEditCommand(id, user.actor()));
    }

    @PostMapping("/{id}/apply")
    NegotiationView apply(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                          @RequestBody OfferForm form) {
        return act(user, id, () -> form.toApplyCommand(id, user.actor()));
    }

    @PostMapping("/{id}/counter")
    NegotiationView counter(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                            @RequestBody OfferForm form) {
        return act(user, id, () -> form.toCounterCommand(id, user.actor()));
    }

    @PostMapping("/{id}/accept")
    NegotiationView accept(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        return act(user, id, () -> new AcceptOfferCommand(id, user.actor()));
    }

    @PostMapping("/{id}/reject")
    NegotiationView reject(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                           @RequestBody(required = false) OfferForm form) {
        return act(user, id, () -> new RejectOfferCommand(id, user.actor(), form == null ? null : form.getMessage()));
    }

    @PostMapping("/{id}/withdraw")
    NegotiationView withdraw(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        return act(user, id, () -> new WithdrawAdRequestCommand(id, user.actor()));
    }

    /** Only a request the caller may see can be acted on (404 otherwise); the aggregate decides the rest. */
    private NegotiationView act(PlatformUser user, String id, Supplier<Object> command) {
        access.negotiation(user, id);
        commands.send(command.get());
        return access.negotiation(user, id);
    }
}
