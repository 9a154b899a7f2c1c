package com.sponsorship.api.account;

public record FindAccountQuery(String accountId) {
}
