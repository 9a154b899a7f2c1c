package com.sponsorship.web.record;

import com.sponsorship.audit.PlatformKey;
import com.sponsorship.command.chain.PlatformKeyRegistry;
import com.sponsorship.command.chain.RecordUnavailableException;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tamper-evident record over the API: the platform's public key (public, the registered one, so every
 * instance answers the same) and deal certificates.
 */
@RestController
class RecordApiController {

    private final PlatformKeyRegistry keys;
    private final Certificates certificates;

    RecordApiController(PlatformKeyRegistry keys, Certificates certificates) {
        this.keys = keys;
        this.certificates = certificates;
    }

    @GetMapping("/api/v1/audit/key")
    PlatformKey key() {
        // registered by the first instance's start, before any request
        return keys.registered().orElseThrow();
    }

    @GetMapping("/api/v1/ad-requests/{id}/certificate")
    ResponseEntity<String> certificate(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        return certificates.download(user, id);
    }

    @ExceptionHandler
    ProblemDetail unavailable(RecordUnavailableException unavailable) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, unavailable.getMessage());
        problem.setTitle("Record not ready");
        return problem;
    }
}
