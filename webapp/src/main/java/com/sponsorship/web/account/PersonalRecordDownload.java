package com.sponsorship.web.account;

import com.sponsorship.api.account.PersonalRecord;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The personal record as a file to save: the same headers, name and type from the profile and the API. */
final class PersonalRecordDownload {

    private PersonalRecordDownload() {
    }

    /** As {@code sponsorship-record-<account id>-<day generated, UTC>.json}. */
    static ResponseEntity<PersonalRecord> json(PersonalRecord record) {
        String name = "sponsorship-record-" + record.account().id() + "-"
                + LocalDate.ofInstant(record.generatedAt(), ZoneOffset.UTC) + ".json";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(record);
    }
}
