package com.sponsorship.api.validation;

import com.sponsorship.api.common.Rules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;

/** Checks {@link WebLink}: parses the text (without surrounding spaces) as a URI and wants an http(s) scheme and a host. */
public class WebLinkValidator implements ConstraintValidator<WebLink, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || isWebLink(value.strip());
    }

    /** Whether the text is an absolute http(s) URL with a host, without whitespace or control characters. */
    public static boolean isWebLink(String value) {
        if (value.length() > Rules.LINK_MAX || value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }
}
