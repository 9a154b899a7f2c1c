package com.sponsorship.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/** Runs the real Bean Validation provider (Hibernate Validator) and describes what it reports. */
public final class Violations {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private Violations() {
    }

    public static Set<ConstraintViolation<Object>> of(Object bean) {
        return VALIDATOR.validate(bean);
    }

    /** Each violation as "property.path: message", sorted, so a test can state exactly what is wrong. */
    public static List<String> describe(Object bean) {
        return of(bean).stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
    }

    /** The property paths alone, for constraints whose message is the provider's (locale-dependent) default. */
    public static List<String> paths(Object bean) {
        return of(bean).stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
    }

    public static String lastNodeName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        return nodes.get(nodes.size() - 1).getName();
    }
}
