package com.sponsorship.web.admin;

import com.sponsorship.api.account.ClearAccountFlagCommand;
import com.sponsorship.api.account.FlagAccountCommand;
import com.sponsorship.api.account.RemoveAccountCommand;
import com.sponsorship.api.campaign.ClearCampaignFlagCommand;
import com.sponsorship.api.campaign.FlagCampaignCommand;
import com.sponsorship.api.stats.FindPlatformTotalsQuery;
import com.sponsorship.api.stats.PlatformTotals;
import com.sponsorship.web.common.IdResponse;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.security.PlatformUser;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Moderation (admin only, enforced by the security configuration and again by the aggregates). */
@RestController
@RequestMapping("/api/v1/admin")
class AdminApiController {

    private final PlatformCommands commands;
    private final PlatformQueries queries;

    AdminApiController(PlatformCommands commands, PlatformQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/totals")
    PlatformTotals totals() {
        return queries.fetch(new FindPlatformTotalsQuery(), PlatformTotals.class);
    }

    @PostMapping("/accounts/{id}/flag")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void flagAccount(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id, @RequestBody FlagForm form) {
        commands.send(new FlagAccountCommand(id, admin.actor(), form.getReason()));
    }

    @DeleteMapping("/accounts/{id}/flag")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearAccountFlag(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id) {
        commands.send(new ClearAccountFlagCommand(id, admin.actor()));
    }

    @DeleteMapping("/accounts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeAccount(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id) {
        commands.send(new RemoveAccountCommand(id, admin.actor()));
    }

    @PostMapping("/campaigns/{id}/flag")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void flagCampaign(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id, @RequestBody FlagForm form) {
        commands.send(new FlagCampaignCommand(id, admin.actor(), form.getReason()));
    }

    @DeleteMapping("/campaigns/{id}/flag")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearCampaignFlag(@AuthenticationPrincipal PlatformUser admin, @PathVariable String id) {
        commands.send(new ClearCampaignFlagCommand(id, admin.actor()));
    }

    @PostMapping("/auditors")
    ResponseEntity<IdResponse> createAuditor(@AuthenticationPrincipal PlatformUser admin, @RequestBody AuditorForm form) {
        String id = UUID.randomUUID().toString();
        commands.send(form.toCommand(id, admin.actor()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new IdResponse(id));
    }
}
