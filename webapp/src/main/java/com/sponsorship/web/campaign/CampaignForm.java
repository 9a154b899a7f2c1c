package com.sponsorship.web.campaign;

import com.sponsorship.api.campaign.CampaignDetails;
import com.sponsorship.api.campaign.CampaignView;
import com.sponsorship.api.campaign.CreateCampaignCommand;
import com.sponsorship.api.campaign.UpdateCampaignCommand;
import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Category;
import com.sponsorship.api.common.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The campaign form and the body of POST /api/v1/campaigns. */
public class CampaignForm {

    private String name;
    private String description;
    private String goals;
    private Category category;
    private BigDecimal budget;
    private Visibility visibility = Visibility.PUBLIC;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    public CreateCampaignCommand toCommand(String campaignId, Actor actor) {
        return new CreateCampaignCommand(campaignId, actor, details(), budget);
    }

    /** Details and budget in one command: the campaign applies both or, refusing either, neither. */
    public UpdateCampaignCommand toUpdateCommand(String campaignId, Actor actor) {
        return new UpdateCampaignCommand(campaignId, actor, details(), budget);
    }

    /** The form filled with a campaign's current values, for editing. */
    public static CampaignForm of(CampaignView campaign) {
        CampaignForm form = new CampaignForm();
        form.name = campaign.name();
        form.description = campaign.description();
        form.goals = campaign.goals();
        form.category = campaign.category();
        form.budget = campaign.budget();
        form.visibility = campaign.visibility();
        form.startDate = campaign.startDate();
        form.endDate = campaign.endDate();
        return form;
    }

    private CampaignDetails details() {
        return new CampaignDetails(name, description, goals, category, visibility, startDate, endDate);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
