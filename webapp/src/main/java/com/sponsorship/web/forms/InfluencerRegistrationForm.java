package com.sponsorship.web.forms;

import com.sponsorship.api.account.RegisterInfluencerCommand;
import com.sponsorship.api.common.Category;

/** The influencer sign-up form and the body of POST /api/v1/accounts/influencers. */
public class InfluencerRegistrationForm {

    private String name;
    private String email;
    private String password;
    private Category category;
    private Long reach;

    public RegisterInfluencerCommand toCommand(String accountId) {
        return new RegisterInfluencerCommand(accountId, name, email, password, category, reach);
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

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Long getReach() {
        return reach;
    }

    public void setReach(Long reach) {
        this.reach = reach;
    }
}
