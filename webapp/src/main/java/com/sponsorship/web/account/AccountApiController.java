package com.sponsorship.web.account;

import com.sponsorship.api.account.AccountView;
import com.sponsorship.api.account.PersonalRecord;
import com.sponsorship.web.common.IdResponse;
import com.sponsorship.web.security.PlatformUser;
import java.net.URI;
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

    private final AccountService accounts;

    AccountApiController(AccountService accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/accounts/sponsors")
    ResponseEntity<IdResponse> registerSponsor(@RequestBody SponsorRegistrationForm form) {
        return registered(accounts.register(form::toCommand));
    }

    @PostMapping("/accounts/influencers")
    ResponseEntity<IdResponse> registerInfluencer(@RequestBody InfluencerRegistrationForm form) {
        return registered(accounts.register(form::toCommand));
    }

    @GetMapping("/me")
    AccountView me(@AuthenticationPrincipal PlatformUser user) {
        return accounts.me(user);
    }

    /** Everything recorded about the caller, as a file to save. */
    @GetMapping("/me/export")
    ResponseEntity<PersonalRecord> export(@AuthenticationPrincipal PlatformUser user) {
        return PersonalRecordDownload.json(accounts.record(user));
    }

    private static ResponseEntity<IdResponse> registered(String id) {
        return ResponseEntity.created(URI.create("/api/v1/me")).body(new IdResponse(id));
    }
}
