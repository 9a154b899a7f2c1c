package com.sponsorship.web.record;

import com.sponsorship.command.chain.RecordUnavailableException;
import com.sponsorship.web.common.PageController;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** The "Download certificate" link of a negotiation's page (session sign-in); errors answer as pages do. */
@PageController
class CertificateDownloadController {

    private final Certificates certificates;

    CertificateDownloadController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/ad-requests/{id}/certificate.json")
    @ResponseBody
    ResponseEntity<String> certificate(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
        try {
            return certificates.download(user, id);
        } catch (RecordUnavailableException unavailable) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, unavailable.getMessage(), unavailable);
        }
    }
}
