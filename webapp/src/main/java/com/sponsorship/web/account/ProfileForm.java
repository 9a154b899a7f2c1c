package com.sponsorship.web.account;

import com.sponsorship.api.account.UpdateInfluencerProfileCommand;
import com.sponsorship.api.account.UpdateSponsorProfileCommand;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Industry;
import com.sponsorship.api.common.Role;
import com.sponsorship.web.security.PlatformUser;

/** Profile fields of both kinds of account; only those of the signed-in role are used. */
public class ProfileForm {
    private String name;
    private Industry industry;
    private Category category;
    private Long reach;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
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

    Object toCommand(PlatformUser user) {
        return user.role() == Role.SPONSOR
                ? new UpdateSponsorProfileCommand(user.accountId(), user.actor(), name, industry)
                : new UpdateInfluencerProfileCommand(user.accountId(), user.actor(), name, category, reach);
    }
}
