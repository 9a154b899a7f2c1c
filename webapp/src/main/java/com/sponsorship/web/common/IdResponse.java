package com.sponsorship.web.common;

/** The body of every 201 Created answer. */
public record IdResponse(String id) {
}
