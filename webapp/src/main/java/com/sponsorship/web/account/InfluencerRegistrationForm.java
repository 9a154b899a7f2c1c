package com.sponsorship.web.account;

import com.sponsorship.api.account.RegisterInfluencerCommand;
import com.sponsorship.api.common.Category;

/** The influencer sign-up form and the body of POST /api/v1/accounts/influencers. */
public class InfluencerRegistrationForm extends AccountForm {

    private Category category;
    private Long reach;

    public RegisterInfluencerCommand toCommand(String accountId) {
        return new RegisterInfluencerCommand(accountId, getName(), getEmail(), getPassword(), category, reach);
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
