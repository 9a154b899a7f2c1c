package com.sponsorship.web.account;

import com.sponsorship.api.account.AccountView;
import com.sponsorship.api.account.FindAccountQuery;
import com.sponsorship.web.common.IdResponse;
import com.sponsorship.web.common.NotFoundException;
import com.sponsorship.web.common.PlatformCommands;
import com.sponsorship.web.common.PlatformQueries;
import com.sponsorship.web.security.PlatformUser;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class AccountApiController {

    private final PlatformCommands commands;
    private final PlatformQueries queries;

    AccountApiController(PlatformCommands commands, PlatformQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping("/accounts/sponsors")
    ResponseEntity<IdResponse> registerSponsor(@RequestBody SponsorRegistrationForm form) {
        String id = UUID.randomUUID().toString();
        commands.send(form.toCommand(id));
        return ResponseEntity.created(URI.create("/api/v1/me")).body(new IdResponse(id));
    }

    @PostMapping("/accounts/influencers")
    ResponseEntity<IdResponse> registerInfluencer(@RequestBody InfluencerRegistrationForm form) {
        String id = UUID.randomUUID().toString();
        commands.send(form.toCommand(id));
        return ResponseEntity.created(URI.create("/api/v1/me")).body(new IdResponse(id));
    }

    @GetMapping("/me")
    AccountView me(@AuthenticationPrincipal PlatformUser user) {
        return queries.find(new FindAccountQuery(user.accountId()), AccountView.class)
                .orElseThrow(() -> new NotFoundException("Account"));
    }
}
