package com.sponsorship.api.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text component of an event that identifies a person (a name, an e-mail address, free text about
 * them). It is stored encrypted with a key of its {@link DataSubject}; once that key is deleted
 * (erasure), the event reads back with {@link #erased()} instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PersonalData {

    /** How an erased person's name reads. */
    String ERASED_NAME = "Erased user";
    /** How an erased person's e-mail address reads: unique per account, and never deliverable. */
    String ERASED_EMAIL = "erased-{id}@erased.invalid";

    /** What the component reads as once its person is erased; {@code {id}} stands for the subject's id. */
    String erased();
}
