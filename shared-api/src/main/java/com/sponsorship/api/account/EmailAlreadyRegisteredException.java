package com.sponsorship.api.account;

import com.sponsorship.api.common.DomainRuleException;

public class EmailAlreadyRegisteredException extends DomainRuleException {

    public EmailAlreadyRegisteredException() {
        super("email-taken", "email", "An account with this email already exists");
    }
}
