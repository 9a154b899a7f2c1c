package com.sponsorship.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class StartNotAfterEndValidator implements ConstraintValidator<StartNotAfterEnd, Dated> {

    @Override
    public boolean isValid(Dated value, ConstraintValidatorContext context) {
        if (value == null || value.startDate() == null || value.endDate() == null
                || !value.endDate().isBefore(value.startDate())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("endDate")
                .addConstraintViolation();
        return false;
    }
}
