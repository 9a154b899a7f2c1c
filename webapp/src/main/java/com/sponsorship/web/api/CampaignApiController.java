package com.sponsorship.web.api;

import com.sponsorship.api.campaign.CampaignPage;
import com.sponsorship.api.campaign.CampaignView;
import com.sponsorship.api.campaign.FindCampaignQuery;
import com.sponsorship.api.campaign.FindSponsorCampaignsQuery;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Role;
import com.sponsorship.web.command.NotFoundException;
import com.sponsorship.web.command.PlatformCommands;
import com.sponsorship.web.command.PlatformQueries;
import com.sponsorship.web.forms.CampaignForm;
import com.sponsorship.web.security.PlatformUser;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignApiController {

    private final PlatformCommands commands;
    private final PlatformQueries queries;

    CampaignApiController(PlatformCommands commands, PlatformQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<IdResponse> create(@AuthenticationPrincipal PlatformUser user, @RequestBody CampaignForm form) {
        String id = UUID.randomUUID().toString();
        commands.send(form.toCommand(id, user.actor()));
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id)).body(new IdResponse(id));
    }

    /** A sponsor lists its own campaigns (campaign search for other roles is a later use case). */
    @GetMapping
    CampaignPage list(@AuthenticationPrincipal PlatformUser user,
                      @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size) {
        if (user.role() != Role.SPONSOR) {
            throw new AccessDeniedException("Only sponsors list their campaigns here");
        }
        return queries.fetch(new FindSponsorCampaignsQuery(user.accountId(), new PageRequest(page, size)),
                CampaignPage.class);
    }

    /** Visible to its sponsor and to admins; anyone else is told it does not exist. */
    @GetMapping("/{id}")
    CampaignView get(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        return queries.find(new FindCampaignQuery(id), CampaignView.class)
                .filter(campaign -> user.role() == Role.ADMIN || campaign.sponsorId().equals(user.accountId()))
                .orElseThrow(() -> new NotFoundException("Campaign"));
    }
}
