package com.sponsorship.web.account;

import com.sponsorship.api.account.RegisterSponsorCommand;
import com.sponsorship.api.common.Industry;

/** The sponsor sign-up form and the body of POST /api/v1/accounts/sponsors. */
public class SponsorRegistrationForm extends AccountForm {

    private Industry industry;

    public RegisterSponsorCommand toCommand(String accountId) {
        return new RegisterSponsorCommand(accountId, getName(), getEmail(), getPassword(), industry);
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }
}
