package com.sponsorship.web.common;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path under /api/ that no controller serves is a 404 as problem+json, like every other API
 * error. Not limited to the API's controllers: such a request has no controller. Other paths keep
 * the error page.
 */
@RestControllerAdvice
class UnknownApiRoutes {

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ProblemDetail notFound(HttpServletRequest request, Exception notFound) throws Exception {
        if (!request.getRequestURI().startsWith("/api/")) {
            throw notFound; // the default resolvers answer 404 with the error page
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "The API has no such route");
    }
}
