package com.sponsorship.demo;

import com.sponsorship.api.common.Actor;
import java.time.Instant;

/** A generated sponsor or influencer: who it is, how it signs in, and when it registered (simulated). */
record DemoAccount(Actor actor, String email, Instant registeredAt) {
}
