package com.sponsorship.command.privacy;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.jpa.EntityManagerProvider;

/**
 * The keys in table {@code personal_data_key}, read and written on the current transaction's
 * connection, so that a key is stored with the first event it encrypts, or not at all. Not cached:
 * an erasure on one instance must count on every other at once.
 */
public class JpaPersonalDataKeys implements PersonalDataKeys {

    private static final int KEY_BYTES = 32;

    private final EntityManagerProvider entityManagers;
    private final SecureRandom random = new SecureRandom();

    public JpaPersonalDataKeys(EntityManagerProvider entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public byte[] keyOf(String subjectId) {
        byte[] fresh = newSecret(random);
        entityManager().createNativeQuery("insert into personal_data_key (subject_id, secret) values (?1, ?2)"
                        + " on conflict (subject_id) do nothing")
                .setParameter(1, subjectId).setParameter(2, fresh).executeUpdate();
        return existingKeyOf(subjectId).orElseThrow();
    }

    /** A new person's key, for registration and for the migration of values stored in plain text alike. */
    static byte[] newSecret(SecureRandom random) {
        byte[] fresh = new byte[KEY_BYTES];
        random.nextBytes(fresh);
        return fresh;
    }

    @Override
    public Optional<byte[]> existingKeyOf(String subjectId) {
        List<?> secrets = entityManager().createNativeQuery("select secret from personal_data_key where subject_id = ?1")
                .setParameter(1, subjectId).getResultList();
        return secrets.stream().findFirst().map(byte[].class::cast);
    }

    @Override
    public void forget(String subjectId) {
        entityManager().createNativeQuery("delete from personal_data_key where subject_id = ?1")
                .setParameter(1, subjectId).executeUpdate();
    }

    private EntityManager entityManager() {
        return entityManagers.getEntityManager();
    }
}
