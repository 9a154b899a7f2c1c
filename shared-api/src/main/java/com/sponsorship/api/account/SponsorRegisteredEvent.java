package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Industry;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SponsorRegisteredEvent(String accountId, String name, String email, Industry industry, Actor actor) {
}
