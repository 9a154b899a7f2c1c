package com.sponsorship.api.account;

import com.sponsorship.api.common.DomainRuleException;
import com.sponsorship.api.common.Refusal;

public class EmailAlreadyRegisteredException extends DomainRuleException {

    public EmailAlreadyRegisteredException() {
        super(Refusal.EMAIL_TAKEN, "email", "An account with this email already exists");
    }
}
