package com.sponsorship.command.privacy;

import com.sponsorship.api.common.DataSubject;
import com.sponsorship.api.common.PersonalData;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the {@link PersonalData} components of an event record with its {@link DataSubject}'s
 * key (AES-256-GCM; the subject and the component's name are authenticated with it, so a value
 * cannot be moved to another person or field), and decrypts them again; once the key is gone they
 * read as {@link PersonalData#erased()}. Values stay text: {@code pd1:} and the base64 of the nonce
 * and the ciphertext. Any other object passes through unchanged.
 */
public class PersonalDataProtection {

    static final String PREFIX = "pd1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PersonalDataKeys keys;
    private final SecureRandom random = new SecureRandom();
    private final Map<Class<?>, Optional<Shape>> shapes = new ConcurrentHashMap<>();

    public PersonalDataProtection(PersonalDataKeys keys) {
        this.keys = keys;
    }

    /** The event as it is stored: its personal data encrypted. */
    public <T> T protect(T event) {
        return shapeOf(event).map(shape -> shape.rebuild(event, this::protect)).orElse(event);
    }

    /**
     * One value of a {@link PersonalData} component as it is stored: encrypted with its subject's key
     * (created if the subject has none yet), unless it is null or already encrypted.
     */
    public String protect(String component, String subject, String value) {
        return value == null || value.startsWith(PREFIX) ? value : encrypt(keys.keyOf(subject), subject, component, value);
    }

    /** Where a type keeps its subject and its personal data; empty for a type that has none. */
    public static Optional<PersonalFields> fieldsOf(Class<?> type) {
        return Shape.of(type).map(Shape::fields);
    }

    /** The names of a record's {@link DataSubject} component and of its {@link PersonalData} components. */
    public record PersonalFields(String subject, List<String> personal) {
    }

    /** The event as it is read: its personal data decrypted, or as erased. */
    public <T> T reveal(T event) {
        return shapeOf(event).map(shape -> shape.rebuild(event, (name, subject, value) -> {
            if (value == null || !value.startsWith(PREFIX)) {
                return value;
            }
            return keys.existingKeyOf(subject).map(key -> decrypt(key, subject, name, value))
                    .orElseGet(() -> shape.erased(name, subject));
        })).orElse(event);
    }

    private <T> Optional<Shape> shapeOf(T event) {
        return event == null ? Optional.empty() : shapes.computeIfAbsent(event.getClass(), Shape::of);
    }

    private String encrypt(byte[] key, String subject, String component, String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, subject, component);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Personal data could not be encrypted", e);
        }
    }

    private static String decrypt(byte[] key, String subject, String component, String stored) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, NONCE_BYTES), subject, component);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // the message names neither the value nor the key
            throw new IllegalStateException("Personal data of " + subject + " (" + component + ") does not decrypt", e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, String subject, String component)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((subject + "/" + component).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    @FunctionalInterface
    private interface ValueChange {
        String apply(String component, String subject, String value);
    }

    /** Where a record class keeps its subject and its personal data. */
    private record Shape(RecordComponent[] components, int subject, Constructor<?> constructor) {

        static Optional<Shape> of(Class<?> type) {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            RecordComponent[] components = type.getRecordComponents();
            int subject = -1;
            boolean personal = false;
            for (int i = 0; i < components.length; i++) {
                if (components[i].isAnnotationPresent(DataSubject.class)) {
                    subject = i;
                }
                if (components[i].isAnnotationPresent(PersonalData.class)) {
                    if (components[i].getType() != String.class) {
                        throw new IllegalStateException(type.getName() + "." + components[i].getName()
                                + ": only text can be personal data");
                    }
                    personal = true;
                }
            }
            if (!personal) {
                return Optional.empty();
            }
            if (subject < 0 || components[subject].getType() != String.class) {
                throw new IllegalStateException(type.getName() + " has personal data but no @DataSubject text component");
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return Optional.of(new Shape(components, subject, constructor));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
            }
        }

        PersonalFields fields() {
            return new PersonalFields(components[subject].getName(), Arrays.stream(components)
                    .filter(component -> component.isAnnotationPresent(PersonalData.class))
                    .map(RecordComponent::getName).toList());
        }

        String erased(String component, String subject) {
            for (RecordComponent candidate : components) {
                if (candidate.getName().equals(component)) {
                    return candidate.getAnnotation(PersonalData.class).erased().replace("{id}", subject);
                }
            }
            throw new IllegalArgumentException(component);
        }

        @SuppressWarnings("unchecked")
        <T> T rebuild(T record, ValueChange change) {
            try {
                Object[] values = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    values[i] = components[i].getAccessor().invoke(record);
                }
                String subject = (String) values[this.subject];
                for (int i = 0; i < components.length; i++) {
                    if (components[i].isAnnotationPresent(PersonalData.class)) {
                        values[i] = change.apply(components[i].getName(), subject, (String) values[i]);
                    }
                }
                return (T) constructor.newInstance(values);
            } catch (IllegalAccessException | InstantiationException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
