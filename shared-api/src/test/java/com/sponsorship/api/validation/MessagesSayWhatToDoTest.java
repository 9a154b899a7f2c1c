package com.sponsorship.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message a user can get from a command's constraints is a sentence of the product's that
 * says what to do ("Enter an amount, like 1500.00"), never a provider default ("must not be null")
 * nor a fragment that leans on the field's name ("is required").
 */
class MessagesSayWhatToDoTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void everyConstraintOfEveryMessageClassHasAnOwnMessageThatStartsASentence() throws Exception {
        List<String> checked = new ArrayList<>();
        List<String> fragments = new ArrayList<>();
        for (Class<?> type : apiClasses()) {
            BeanDescriptor bean = VALIDATOR.getConstraintsForClass(type);
            Stream.concat(bean.getConstraintDescriptors().stream(), bean.getConstrainedProperties().stream()
                            .flatMap(property -> property.getConstraintDescriptors().stream()))
                    .flatMap(MessagesSayWhatToDoTest::shown)
                    .forEach(message -> {
                        checked.add(message);
                        if (message.startsWith("{") || !Character.isUpperCase(message.codePointAt(0))) {
                            fragments.add(type.getSimpleName() + ": " + message);
                        }
                    });
        }
        assertThat(checked).as("messages found").hasSizeGreaterThan(30);
        assertThat(fragments).isEmpty();
    }

    /** The messages a user can see: a composed constraint shows those of its parts. */
    private static Stream<String> shown(ConstraintDescriptor<?> constraint) {
        if (constraint.getComposingConstraints().isEmpty() || constraint.isReportAsSingleViolation()) {
            return Stream.of(constraint.getMessageTemplate());
        }
        return constraint.getComposingConstraints().stream().flatMap(MessagesSayWhatToDoTest::shown);
    }

    private static List<Class<?>> apiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(MessagesSayWhatToDoTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = root.relativize(file).toString().replace(".class", "").replace(file.getFileSystem().getSeparator(), ".");
                classes.add(Class.forName(name));
            }
        }
        return classes;
    }
}
