package com.sponsorship.api.validation;

import com.sponsorship.api.common.Rules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class StorableTextValidator implements ConstraintValidator<StorableText, CharSequence> {

    private boolean lineBreaks;

    @Override
    public void initialize(StorableText constraint) {
        lineBreaks = constraint.lineBreaks();
    }

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        String problem = text == null ? null : problemOf(text);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }

    /** The message for the first character that cannot be stored, or null. */
    private String problemOf(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Rules.TEXT_BROKEN_CHARACTERS;
            } else if (isLineBreak(c) && !lineBreaks) {
                return Rules.TEXT_LINE_BREAKS;
            } else if (Character.isISOControl(c) && !isLineBreak(c)) {
                return Rules.TEXT_CONTROL_CHARACTERS;
            }
        }
        return null;
    }

    private static boolean isLineBreak(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }
}
