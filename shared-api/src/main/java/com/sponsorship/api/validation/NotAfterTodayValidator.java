package com.sponsorship.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.eventhandling.GenericEventMessage;

public class NotAfterTodayValidator implements ConstraintValidator<NotAfterToday, LocalDate> {

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        return date == null || !date.isAfter(LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC));
    }
}
