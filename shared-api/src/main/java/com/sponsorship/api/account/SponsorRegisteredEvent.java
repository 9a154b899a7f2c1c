package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Industry;

public record SponsorRegisteredEvent(String accountId, String name, String email, Industry industry, Actor actor) {
}
