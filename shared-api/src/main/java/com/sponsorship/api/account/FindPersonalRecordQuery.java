package com.sponsorship.api.account;

/** Everything recorded about one account, for its holder (GDPR Art. 15), replayed from the event store. */
public record FindPersonalRecordQuery(String accountId) {
}
