package com.sponsorship.web.admin;

import com.sponsorship.api.stats.PlatformTotals;
import com.sponsorship.web.common.IdResponse;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Moderation (admin only, enforced by the security configuration and again by the aggregates). */
@RestController
@RequestMapping("/api/v1/admin")
class AdminApiController {

    private final AdminService admins;

    AdminApiController(AdminService admins) {
        this.admins = admins;
    }

    @GetMapping("/totals")
    PlatformTotals totals() {
        return admins.totals();
    }

    @PostMapping("/accounts/{id}/flag")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void flagAccount(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id, @RequestBody FlagForm form) {
        admins.flagAccount(admin, id, form.getReason());
    }

    /** No body; the optional {@code reason} query parameter says why (a default is recorded without it). */
    @DeleteMapping("/accounts/{id}/flag")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearAccountFlag(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                          @RequestParam(required = false) String reason) {
        admins.clearAccountFlag(admin, id, reason);
    }

    /** No body; the optional {@code reason} query parameter says why (a default is recorded without it). */
    @DeleteMapping("/accounts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeAccount(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                       @RequestParam(required = false) String reason) {
        admins.removeAccount(admin, id, reason);
    }

    /** Erasure on the person's request; the body's reason is optional. */
    @PostMapping("/accounts/{id}/erase")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void eraseAccount(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                      @RequestBody(required = false) FlagForm form) {
        admins.eraseAccount(admin, id, form == null ? null : form.getReason());
    }

    @PostMapping("/campaigns/{id}/flag")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void flagCampaign(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id, @RequestBody FlagForm form) {
        admins.flagCampaign(admin, id, form.getReason());
    }

    /** No body; the optional {@code reason} query parameter says why (a default is recorded without it). */
    @DeleteMapping("/campaigns/{id}/flag")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearCampaignFlag(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                           @RequestParam(required = false) String reason) {
        admins.clearCampaignFlag(admin, id, reason);
    }

    /** Ends an agreed deal with a disputed deliverable (409 wrong-step otherwise). */
    @PostMapping("/ad-requests/{id}/cancel")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void endDisputedDeal(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id,
                         @RequestBody FlagForm form) {
        admins.endDisputedDeal(admin, id, form.getReason());
    }

    @PostMapping("/auditors")
    ResponseEntity<IdResponse> createAuditor(@AuthenticationPrincipal PlatformUser admin, @RequestBody AuditorForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new IdResponse(admins.createAuditor(admin, form)));
    }
}
