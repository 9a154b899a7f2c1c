package com.sponsorship.web.record;

import com.sponsorship.api.negotiation.NegotiationView;
import com.sponsorship.command.chain.DealCertificates;
import com.sponsorship.web.common.NotFoundException;
import com.sponsorship.web.common.ReadAccess;
import com.sponsorship.web.security.PlatformUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * A deal's certificate as a file to save, the same from the pages and the API: for the negotiation's sponsor and
 * influencer, admins and auditors ("not found" for anyone else, an influencer who may see an ad request still
 * open to anyone included). Written by a plain JSON mapper, so the fields are exactly the records' components.
 */
@Service
class Certificates {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReadAccess access;
    private final DealCertificates certificates;

    Certificates(ReadAccess access, DealCertificates certificates) {
        this.access = access;
        this.certificates = certificates;
    }

    ResponseEntity<String> download(PlatformUser user, String negotiationId) {
        NegotiationView negotiation = access.negotiation(user, negotiationId);
        if (!ReadAccess.mayCertify(user, negotiation)) {
            throw new NotFoundException("Ad request");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"deal-" + negotiation.id() + "-certificate.json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(certificates.certificate(negotiation.id())));
    }
}
