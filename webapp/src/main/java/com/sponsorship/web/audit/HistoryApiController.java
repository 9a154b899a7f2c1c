package com.sponsorship.web.audit;

import com.sponsorship.api.negotiation.NegotiationHistory;
import com.sponsorship.web.negotiation.NegotiationService;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every step of an ad request from the event store, over the API: participants, admins and auditors. */
@RestController
@RequestMapping("/api/v1/ad-requests/{id}")
class HistoryApiController {

    private final NegotiationService negotiations;

    HistoryApiController(NegotiationService negotiations) {
        this.negotiations = negotiations;
    }

    @GetMapping("/history")
    NegotiationHistory history(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        return negotiations.history(user, id);
    }

    @GetMapping(value = "/history.csv", produces = "text/csv")
    ResponseEntity<String> historyCsv(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        return HistoryDownloads.csv(id, negotiations.history(user, id));
    }
}
