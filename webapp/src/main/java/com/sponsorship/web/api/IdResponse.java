package com.sponsorship.web.api;

/** The body of every 201 Created answer. */
public record IdResponse(String id) {
}
