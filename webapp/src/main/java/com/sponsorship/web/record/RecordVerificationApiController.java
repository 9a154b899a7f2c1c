package com.sponsorship.web.record;

import com.sponsorship.command.chain.RecordVerification;
import com.sponsorship.command.chain.RecordVerificationStatus;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Verify the record" over the API (admins and auditors): POST starts it (202, also while one runs:
 * that one goes on, no second starts), GET says where it is or what it found; any instance answers.
 */
@RestController
@RequestMapping("/api/v1/admin/audit/verification")
class RecordVerificationApiController {

    private final RecordVerification verification;

    RecordVerificationApiController(RecordVerification verification) {
        this.verification = verification;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    RecordVerificationStatus start(@AuthenticationPrincipal PlatformUser user) {
        verification.start(user.accountId());
        return verification.status();
    }

    @GetMapping
    RecordVerificationStatus status() {
        return verification.status();
    }
}
