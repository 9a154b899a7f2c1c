package com.sponsorship.web.campaign;

import com.sponsorship.api.campaign.CampaignPage;
import com.sponsorship.api.campaign.CampaignView;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.PageRequest;
import com.sponsorship.api.validation.PageNumber;
import com.sponsorship.api.validation.PageSize;
import com.sponsorship.api.validation.SearchText;
import com.sponsorship.web.common.IdResponse;
import com.sponsorship.web.common.Sorting;
import com.sponsorship.web.negotiation.AdRequestForm;
import com.sponsorship.web.security.PlatformUser;
import java.net.URI;
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

    private final CampaignService campaigns;

    CampaignApiController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping
    ResponseEntity<IdResponse> create(@AuthenticationPrincipal PlatformUser user, @RequestBody CampaignForm form) {
        String id = campaigns.create(user, form);
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
        return campaigns.list(user, q, category, Sorting.ascending(sort, "budget"), new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    CampaignView get(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        return campaigns.campaign(user, id);
    }

    /** Replaces the campaign's details and budget in one command: both are applied, or neither. */
    @PutMapping("/{id}")
    CampaignView update(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                        @RequestBody CampaignForm form) {
        return campaigns.update(user, id, form);
    }

    @PostMapping("/{id}/close")
    CampaignView close(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        return campaigns.close(user, id);
    }

    @PostMapping("/{id}/ad-requests")
    ResponseEntity<IdResponse> openAdRequest(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
                                             @RequestBody AdRequestForm form) {
        String negotiationId = campaigns.openAdRequest(user, id, form);
        return ResponseEntity.created(URI.create("/api/v1/ad-requests/" + negotiationId))
                .body(new IdResponse(negotiationId));
    }
}
