package com.sponsorship.web.payment;

import com.sponsorship.api.payment.CampaignLedger;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A campaign's ledger, now or as of a moment ({@code asOf}), as JSON or CSV: its sponsor and staff. */
@RestController
@RequestMapping("/api/v1/campaigns/{id}")
class LedgerApiController {

    private final LedgerService ledgers;

    LedgerApiController(LedgerService ledgers) {
        this.ledgers = ledgers;
    }

    @GetMapping("/ledger")
    CampaignLedger ledger(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                          @RequestParam(required = false) String asOf) {
        return ledgers.ledger(user, id, LedgerService.asOf(asOf));
    }

    @GetMapping("/ledger.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                               @RequestParam(required = false) String asOf) {
        return LedgerCsv.download(id, ledgers.ledger(user, id, LedgerService.asOf(asOf)));
    }
}
