package com.sponsorship.command;

import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Matcher;

/** The two outcomes every aggregate rule is tested for: after this history, the command is allowed or refused. */
public final class FixtureSteps {

    private FixtureSteps() {
    }

    /** The command succeeds and emits exactly these events (each carrying its actor). */
    public static <T> ResultValidator<T> expectAllowed(FixtureConfiguration<T> fixture, List<?> history, Object command,
                                                       Object... events) {
        return fixture.given(history).when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(events);
    }

    /** The command is refused this way (see {@link Refusals}) and nothing is stored. */
    public static <T> ResultValidator<T> expectRefused(FixtureConfiguration<T> fixture, List<?> history, Object command,
                                                       Matcher<?> refusal) {
        return fixture.given(history).when(command)
                .expectException(refusal)
                .expectNoEvents();
    }
}
