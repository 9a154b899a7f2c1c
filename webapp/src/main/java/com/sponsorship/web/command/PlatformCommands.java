package com.sponsorship.web.command;

import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.RuleViolation;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The one way pages and the API send commands: validate against the command's own constraints
 * (so the user sees every field problem at once), send through the gateway, turn a refusal into a
 * {@link DomainRuleException}, and wait for the projections so the next read sees the change.
 */
@Component
public class PlatformCommands {

    private final CommandGateway gateway;
    private final Validator validator;
    private final ProjectionSync projections;

    PlatformCommands(CommandGateway gateway, Validator validator, ProjectionSync projections) {
        this.gateway = gateway;
        this.validator = validator;
        this.projections = projections;
    }

    public <R> R send(Object command) {
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations);
        }
        long before = projections.head();
        R result;
        try {
            result = gateway.sendAndWait(command);
        } catch (CommandExecutionException failed) {
            throw failed.getDetails()
                    .filter(RuleViolation.class::isInstance)
                    .map(details -> new DomainRuleException((RuleViolation) details))
                    .orElseThrow(() -> failed);
        }
        projections.awaitEventsAfter(before);
        return result;
    }
}
