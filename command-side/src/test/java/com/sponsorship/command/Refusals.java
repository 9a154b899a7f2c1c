package com.sponsorship.command;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.sponsorship.api.common.DomainRuleException;
import java.util.List;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

/** Matchers for the ways a command is refused, for {@code expectException(...)} of an Axon test fixture. */
public final class Refusals {

    private Refusals() {
    }

    /** Refused by Bean Validation with exactly these violations, each written "property.path: message". */
    public static Matcher<JSR303ViolationException> constraintViolations(String... expected) {
        return new FeatureMatcher<JSR303ViolationException, List<String>>(
                containsInAnyOrder(expected), "JSR303ViolationException with violations", "violations") {
            @Override
            protected List<String> featureValueOf(JSR303ViolationException actual) {
                return actual.getViolations().stream()
                        .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                        .toList();
            }
        };
    }

    /** Refused by a business rule with this stable code. */
    public static Matcher<DomainRuleException> ruleViolation(String code) {
        return new FeatureMatcher<DomainRuleException, String>(
                equalTo(code), "DomainRuleException with violation code", "code") {
            @Override
            protected String featureValueOf(DomainRuleException actual) {
                return actual.violation().code();
            }
        };
    }
}
