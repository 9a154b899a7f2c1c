package com.sponsorship.command.privacy;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Personal data keys kept in memory, for tests without a database. */
public class InMemoryPersonalDataKeys implements PersonalDataKeys {

    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    @Override
    public byte[] keyOf(String subjectId) {
        return keys.computeIfAbsent(subjectId, id -> JpaPersonalDataKeys.newSecret(random));
    }

    @Override
    public Optional<byte[]> existingKeyOf(String subjectId) {
        return Optional.ofNullable(keys.get(subjectId));
    }

    @Override
    public void forget(String subjectId) {
        keys.remove(subjectId);
    }

    public boolean holdsKeyOf(String subjectId) {
        return keys.containsKey(subjectId);
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }
}
