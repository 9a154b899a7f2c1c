package com.sponsorship.web.forms;

import com.sponsorship.api.account.RegisterSponsorCommand;
import com.sponsorship.api.common.Industry;

/** The sponsor sign-up form and the body of POST /api/v1/accounts/sponsors. */
public class SponsorRegistrationForm {

    private String name;
    private String email;
    private String password;
    private Industry industry;

    public RegisterSponsorCommand toCommand(String accountId) {
        return new RegisterSponsorCommand(accountId, name, email, password, industry);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }
}
