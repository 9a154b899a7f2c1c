package com.sponsorship.api.common;

/** What an account is allowed to do on the platform; SYSTEM is the platform itself (deadlines, policies). */
public enum Role {
    SPONSOR, INFLUENCER, ADMIN, AUDITOR, SYSTEM
}
