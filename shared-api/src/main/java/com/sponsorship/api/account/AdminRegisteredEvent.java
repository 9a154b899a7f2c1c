package com.sponsorship.api.account;

import com.sponsorship.api.common.Actor;

public record AdminRegisteredEvent(String accountId, String name, String email, Actor actor) {
}
