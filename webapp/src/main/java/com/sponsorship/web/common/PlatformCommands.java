package com.sponsorship.web.common;

import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.Refusal;
import com.sponsorship.api.common.RuleViolation;
import com.sponsorship.query.runtime.ReadYourWrites;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.ExceptionUtils;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * The one way pages and the API send commands: validate against the command's own constraints
 * (so the user sees every field problem at once), send through the gateway, turn a refusal into a
 * {@link DomainRuleException}, and wait for the projections so the next read sees the change.
 * A concurrent change of the same aggregate by another instance is retried a few times by the
 * gateway (web.config.ConcurrentChangeRetry): the command is decided again on the newer state.
 */
@Component
public class PlatformCommands {

    private final CommandGateway gateway;
    private final Validator validator;
    private final ReadYourWrites projections;

    PlatformCommands(CommandGateway gateway, Validator validator, ReadYourWrites projections) {
        this.gateway = gateway;
        this.validator = validator;
        this.projections = projections;
    }

    public <R> R send(Object command) {
        validate(command);
        long before = projections.head();
        R result = dispatch(command);
        projections.awaitEventsAfter(before);
        return result;
    }

    /** Checks the command against its own constraints, as {@link #send} does first; for work that must not start with a command that would be refused. */
    public void validate(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations);
        }
    }

    private <R> R dispatch(Object command) {
        try {
            return gateway.sendAndWait(command);
        } catch (CommandExecutionException failed) {
            throw failed.getDetails()
                    .filter(RuleViolation.class::isInstance)
                    .map(details -> new DomainRuleException((RuleViolation) details))
                    .orElseThrow(() -> translate(failed));
        } catch (RuntimeException failed) {
            throw translate(failed);
        }
    }

    private static RuntimeException translate(RuntimeException failed) {
        if (ExceptionUtils.findException(failed, AggregateNotFoundException.class).isPresent()) {
            return new NotFoundException("It");
        }
        if (ExceptionUtils.findException(failed, ConcurrencyException.class).isPresent()) {
            return new DomainRuleException(Refusal.CONCURRENT_CHANGE,
                    "Someone changed this at the same moment; look at it again and retry");
        }
        return failed;
    }
}
