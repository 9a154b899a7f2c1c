package com.sponsorship.web.campaign;

import com.sponsorship.api.campaign.CampaignPage;
import com.sponsorship.api.campaign.CampaignView;
import com.sponsorship.api.campaign.CloseCampaignCommand;
import com.sponsorship.api.campaign.CloseReason;
import com.sponsorship.api.campaign.FindAllCampaignsQuery;
import com.sponsorship.api.campaign.FindSponsorCampaignsQuery;
import com.sponsorship.api.campaign.SearchCampaignsQuery;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.common.Role;
import com.sponsorship.api.validation.PageNumber;
import com.sponsorship.api.validation.PageSize;
import com.sponsorship.api.validation.SearchText;
import com.sponsorship.web.common.IdResponse;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.common.ReadAccess;
import com.sponsorship.web.common.Sorting;
import com.sponsorship.web.negotiation.AdRequestForm;
import com.sponsorship.web.security.PlatformUser;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignApiController {

    private final PlatformCommands commands;
    private final PlatformQueries queries;
    private final ReadAccess access;

    CampaignApiController(PlatformCommands commands, PlatformQueries queries, ReadAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<IdResponse> create(@AuthenticationPrincipal PlatformUser user, @RequestBody CampaignForm form) {
        String id = UUID.randomUUID().toString();
        commands.send(form.toCommand(id, user.actor()));
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id)).body(new IdResponse(id));
    }

    /**
     * Role-dependent: a sponsor lists its own campaigns, an influencer searches public open
     * campaigns (q, category, sort=budget,asc|desc), admins and auditors list every campaign.
     */
    @GetMapping
    CampaignPage list(@AuthenticationPrincipal PlatformUser user,
                      @RequestParam(defaultValue = "") @SearchText String q,
                      @RequestParam(required = false) Category category,
                      @RequestParam(defaultValue = "budget,desc") String sort,
                      @RequestParam(defaultValue = "0") @PageNumber int page,
                      @RequestParam(defaultValue = "20") @PageSize int size) {
        PageRequest pageRequest = new PageRequest(page, size);
        Object query = switch (user.role()) {
            case SPONSOR -> new FindSponsorCampaignsQuery(user.accountId(), pageRequest);
            case INFLUENCER -> new SearchCampaignsQuery(q, category, Sorting.ascending(sort, "budget"), pageRequest);
            default -> new FindAllCampaignsQuery(pageRequest);
        };
        return queries.fetch(query, CampaignPage.class);
    }

    @GetMapping("/{id}")
    CampaignView get(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        return access.campaign(user, id);
    }

    /** Replaces the campaign's details and budget in one command: both are applied, or neither. */
    @PutMapping("/{id}")
    CampaignView update(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                        @RequestBody CampaignForm form) {
        access.campaign(user, id);
        commands.send(form.toUpdateCommand(id, user.actor()));
        return access.campaign(user, id);
    }

    @PostMapping("/{id}/close")
    CampaignView close(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        access.campaign(user, id);
        CloseReason reason = user.role() == Role.ADMIN ? CloseReason.BY_ADMIN : CloseReason.BY_SPONSOR;
        commands.send(new CloseCampaignCommand(id, user.actor(), reason));
        return access.campaign(user, id);
    }

    @PostMapping("/{id}/ad-requests")
    ResponseEntity<IdResponse> openAdRequest(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                                             @RequestBody AdRequestForm form) {
        access.campaign(user, id);
        String negotiationId = UUID.randomUUID().toString();
        commands.send(form.toOpenCommand(negotiationId, user.actor(), id));
        return ResponseEntity.created(URI.create("/api/v1/ad-requests/" + negotiationId))
                .body(new IdResponse(negotiationId));
    }
}
