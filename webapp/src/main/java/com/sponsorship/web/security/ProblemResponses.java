package com.sponsorship.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** API security failures answer with an application/problem+json body, like every other API error. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"sponsorship-platform\"");
            write(response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic using your account's email and password");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) ->
                write(response, HttpStatus.FORBIDDEN, "Your account is not allowed to do this");
    }

    /** A path the firewall refuses (an encoded '%', '/' or '.'): 400, as problem+json on the API. */
    static RequestRejectedHandler rejected() {
        return (request, response, exception) -> {
            if (request.getRequestURI().startsWith("/api/")) {
                write(response, HttpStatus.BAD_REQUEST, "The request's path is not valid");
            } else {
                response.sendError(HttpStatus.BAD_REQUEST.value());
            }
        };
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
