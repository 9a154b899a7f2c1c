package com.sponsorship.web.payment;

import com.sponsorship.web.common.FieldProblem;
import com.sponsorship.web.common.InvalidInputException;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.security.PlatformUser;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A campaign's ledger page and its CSV download (the sponsor, staff), and the influencer's payments page. */
@PageController
class LedgerPageController {

    private final LedgerService ledgers;

    LedgerPageController(LedgerService ledgers) {
        this.ledgers = ledgers;
    }

    /** {@code asOf} (UTC, as a date-time input sends it) replays the ledger up to that moment. */
    @GetMapping("/campaigns/{id}/ledger")
    String ledger(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                  @RequestParam(required = false) String asOf, Model model) {
        model.addAttribute("campaign", ledgers.campaign(user, id));
        model.addAttribute("asOf", asOf == null ? "" : asOf);
        Instant moment;
        try {
            moment = LedgerService.asOf(asOf);
        } catch (InvalidInputException invalid) {
            model.addAttribute("asOfError", invalid.problems().stream().map(FieldProblem::message).findFirst()
                    .orElse(LedgerService.AS_OF_FORMAT));
            moment = null;
        }
        model.addAttribute("ledger", ledgers.ledger(user, id, moment));
        return "campaign-ledger";
    }

    @GetMapping("/campaigns/{id}/ledger.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                               @RequestParam(required = false) String asOf) {
        return LedgerCsv.download(id, ledgers.ledger(user, id, LedgerService.asOf(asOf)));
    }

    /** The influencer's payments: what is due per agreed deal, and the payments it confirmed. */
    @GetMapping("/influencer/payments")
    String influencerPayments(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("payments", ledgers.influencerPayments(user));
        return "influencer/payments";
    }
}
