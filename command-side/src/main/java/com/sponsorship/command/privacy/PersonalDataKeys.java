package com.sponsorship.command.privacy;

import java.util.Optional;

/**
 * One secret key per person, kept apart from the events it protects (and never in a log or an
 * export): deleting it erases that person's {@code @PersonalData} from every event at once.
 */
public interface PersonalDataKeys {

    /** The person's key, created with the first event about them. */
    byte[] keyOf(String subjectId);

    /** The person's key; empty once the person is erased. */
    Optional<byte[]> existingKeyOf(String subjectId);

    /** Erases the person: their key is deleted, in the caller's transaction. */
    void forget(String subjectId);
}
