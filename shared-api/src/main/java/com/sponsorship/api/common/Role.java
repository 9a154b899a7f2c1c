package com.sponsorship.api.common;

/** What an account is allowed to do on the platform. */
public enum Role {
    SPONSOR, INFLUENCER, ADMIN, AUDITOR
}
