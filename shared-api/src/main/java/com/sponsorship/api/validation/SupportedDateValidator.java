package com.sponsorship.api.validation;

import com.sponsorship.api.common.Rules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

public class SupportedDateValidator implements ConstraintValidator<SupportedDate, LocalDate> {

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        return date == null || (date.getYear() >= Rules.FIRST_YEAR && date.getYear() <= Rules.LAST_YEAR);
    }
}
