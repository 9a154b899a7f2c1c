package com.sponsorship.web.audit;

import com.sponsorship.api.negotiation.NegotiationHistory;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.negotiation.NegotiationService;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The history downloads linked from a negotiation's page (session sign-in), for its participants,
 * admins and auditors; errors answer as pages do.
 */
@PageController
@RequestMapping("/ad-requests/{id}")
class HistoryExportController {

    private final NegotiationService negotiations;

    HistoryExportController(NegotiationService negotiations) {
        this.negotiations = negotiations;
    }

    @GetMapping(value = "/history.csv", produces = "text/csv")
    @ResponseBody
    ResponseEntity<String> historyCsv(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        return HistoryDownloads.csv(id, negotiations.history(user, id));
    }

    @GetMapping(value = "/history.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<NegotiationHistory> historyJson(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        return HistoryDownloads.json(id, negotiations.history(user, id));
    }
}
