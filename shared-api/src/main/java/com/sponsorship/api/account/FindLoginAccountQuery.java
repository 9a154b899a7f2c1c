package com.sponsorship.api.account;

/** Looks up the credentials of an account by email (any case), for signing in. */
public record FindLoginAccountQuery(String email) {
}
