package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.api.negotiation.PaymentMethod;
import com.sponsorship.api.negotiation.RecordPaymentCommand;
import com.sponsorship.web.common.PlatformCommands;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The markup of every page with a form: each field once, labelled, with an id of its own. */
@PlatformIntegrationTest
class PageMarkupIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    PageParties parties;
    Actor admin;
    String campaignId;
    String offerToInfluencer;
    String openToAny;
    String agreed;
    String paymentId;

    @BeforeEach
    void scenario(@Autowired PlatformCommands commands, @Autowired UserDetailsService users) {
        parties = PageParties.of(commands, jdbc, users);
        Scenario scenario = parties.scenario();
        admin = parties.admin();
        campaignId = scenario.campaignNamed(parties.sponsor(), "Markup Campaign");
        offerToInfluencer = scenario.offer(parties.sponsor(), campaignId, parties.influencer(), "100");
        openToAny = scenario.openToAny(parties.sponsor(), campaignId, "80");
        agreed = scenario.offer(parties.sponsor(), campaignId, parties.influencer(), "90");
        commands.send(new AcceptOfferCommand(agreed, parties.influencer()));
        paymentId = UUID.randomUUID().toString();
        commands.send(new RecordPaymentCommand(agreed, parties.sponsor(), paymentId, new BigDecimal("10"),
                LocalDate.now(ZoneOffset.UTC).minusDays(1), PaymentMethod.BANK_TRANSFER, "MARKUP-1"));
    }

    @Test
    void everyFormShowsEachFieldOnceWithALabelAndAnIdOfItsOwn() throws Exception {
        List<MockHttpServletRequestBuilder> pages = List.of(
                get("/register/sponsor"),
                get("/register/influencer"),
                get("/profile").with(parties.as(parties.sponsor())),
                get("/profile").with(parties.as(parties.influencer())),
                get("/sponsor/campaigns/new").with(parties.as(parties.sponsor())),
                get("/campaigns/" + campaignId).param("influencer", parties.influencer().accountId())
                        .with(parties.as(parties.sponsor())),
                get("/ad-requests/" + offerToInfluencer).with(parties.as(parties.influencer())),
                get("/ad-requests/" + offerToInfluencer).with(parties.as(parties.sponsor())),
                get("/ad-requests/" + openToAny).with(parties.as(parties.influencer())),
                get("/ad-requests/" + agreed).with(parties.as(parties.sponsor())),
                get("/ad-requests/" + agreed + "/payments/" + paymentId + "/dispute").with(parties.as(parties.influencer())),
                get("/campaigns/" + campaignId + "/ledger").with(parties.as(parties.sponsor())),
                get("/ad-requests").with(parties.as(parties.sponsor())),
                get("/ad-requests").with(parties.as(admin)),
                get("/sponsor/to-review").with(parties.as(parties.sponsor())),
                get("/influencer/to-deliver").with(parties.as(parties.influencer())),
                get("/search").with(parties.as(parties.sponsor())),
                get("/search").with(parties.as(parties.influencer())),
                get("/admin").with(parties.as(admin)),
                get("/admin").param("tab", "campaigns").with(parties.as(admin)),
                get("/admin/projections").with(parties.as(admin)),
                get("/audit/admin-actions").with(parties.as(admin)),
                get("/audit/record").with(parties.as(admin)));
        for (MockHttpServletRequestBuilder request : pages) {
            Document page = render(request);
            String where = page.location();
            assertThat(page.select("form").stream().filter(form -> !form.select("input, select, textarea").isEmpty()))
                    .as("forms on %s", where).isNotEmpty();
            assertNoDuplicateIds(page, where);
            for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
                boolean labelled = field.hasAttr("aria-label")
                        || (!field.id().isEmpty() && !page.select("label[for=" + field.id() + "]").isEmpty());
                assertThat(labelled).as("a label for %s on %s", field.outerHtml(), where).isTrue();
            }
            for (Element form : page.select("form")) {
                assertThat(form.select("[name=category]").size()).as("category fields in a form on %s", where)
                        .isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void formsThatCannotBeUndoneAskFirstWithTheSameOriginScript() throws Exception {
        assertAsksBefore(get("/campaigns/" + campaignId).with(parties.as(parties.sponsor())), "/close");
        assertAsksBefore(get("/ad-requests/" + offerToInfluencer).with(parties.as(parties.sponsor())), "/withdraw");
        assertAsksBefore(get("/admin").with(parties.as(admin)), "/remove");
        assertAsksBefore(get("/admin").param("tab", "campaigns").with(parties.as(admin)), "/close");
        assertAsksBefore(get("/admin/projections").with(parties.as(admin)), "/admin/projections/rebuild");
        String script = mvc.perform(get("/js/confirm.js").with(parties.as(parties.sponsor()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(script).contains("dataset.confirm").contains("preventDefault");
    }

    @Test
    void statusesAndRolesShowTheirLabelsWhileFiltersKeepTheirValues() throws Exception {
        Document requests = render(get("/ad-requests").with(parties.as(parties.sponsor())));
        assertThat(requests.select("option[value=AWAITING_INFLUENCER]").text()).isEqualTo("Awaiting influencer");
        assertThat(requests.select("table.ad-requests .badge").eachText()).contains("Awaiting influencer", "Open");
        Document campaign = render(get("/campaigns/" + campaignId).with(parties.as(parties.sponsor())));
        assertThat(campaign.select("#campaign-status").text()).isEqualTo("Open");
        Document thread = render(get("/ad-requests/" + offerToInfluencer).with(parties.as(parties.sponsor())));
        assertThat(thread.select("#negotiation-status").text()).isEqualTo("Awaiting influencer");
        Document accounts = render(get("/admin").with(parties.as(admin)));
        assertThat(accounts.select("#accounts td").eachText()).doesNotContain("SPONSOR", "INFLUENCER", "ADMIN");
        for (Document page : List.of(requests, campaign, thread, accounts)) {
            assertThat(page.body().text()).as("raw names on %s", page.location())
                    .doesNotContainPattern("\\b(AWAITING_\\w+|AGREED|OPEN|CLOSED|SPONSOR|INFLUENCER)\\b");
        }
    }

    @Test
    void thePersonalRecordPageShowsLabelsNotRawNamesWithIdsOfTheirOwn() throws Exception {
        for (Actor person : List.of(parties.sponsor(), parties.influencer(), admin)) {
            Document page = render(get("/profile/export").with(parties.as(person)));
            assertNoDuplicateIds(page, page.location());
            assertThat(page.select("h1").text()).isEqualTo("Everything recorded about me");
            assertThat(page.body().text()).as("raw names on %s", page.location())
                    .doesNotContainPattern("\\b(AWAITING_\\w+|AGREED|OPEN|CLOSED|SPONSOR|INFLUENCER|ADMIN)\\b");
        }
        Document sponsors = render(get("/profile/export").with(parties.as(parties.sponsor())));
        assertThat(sponsors.select(".campaign")).hasSize(1);
        assertThat(sponsors.select(".negotiation")).hasSize(3);
        assertThat(sponsors.select(".negotiation .steps > li").text()).contains("Agreed", "recorded a payment of 10.00");
    }

    @Test
    void adRequestRowsOpenTheThreadAndLinkTheCampaignOnlyForThoseWhoMaySeeIt() throws Exception {
        for (Document page : List.of(render(get("/campaigns/" + campaignId).with(parties.as(parties.sponsor()))),
                render(get("/ad-requests").with(parties.as(admin))))) {
            Element row = threadRow(page);
            assertThat(row.select("a[href=/ad-requests/" + offerToInfluencer + "]").text()).isEqualTo("Open thread");
            assertThat(row.select("a[href=/campaigns/" + campaignId + "]").text()).isEqualTo("Markup Campaign");
        }
        Element influencerRow = threadRow(render(get("/influencer").with(parties.as(parties.influencer()))));
        assertThat(influencerRow.text()).contains("Markup Campaign");
        assertThat(influencerRow.select("a[href^=/campaigns/]")).isEmpty();
    }

    private Element threadRow(Document page) {
        Element link = page.selectFirst("table.ad-requests a[href=/ad-requests/" + offerToInfluencer + "]");
        assertThat(link).as("a link to the thread on %s", page.location()).isNotNull();
        return link.closest("tr");
    }

    /** Every form posting to an action that ends in {@code actionEnd} asks a question first. */
    private void assertAsksBefore(MockHttpServletRequestBuilder request, String actionEnd) throws Exception {
        Document page = render(request);
        assertThat(page.select("script[src=/js/confirm.js]")).as("the confirmation script on %s", page.location())
                .hasSize(1);
        Elements forms = page.select("form[action$=" + actionEnd + "]");
        assertThat(forms).as("forms to %s on %s", actionEnd, page.location()).isNotEmpty();
        for (Element form : forms) {
            assertThat(form.attr("data-confirm")).as("the question before %s", form.attr("action")).contains("?");
        }
    }

    private static void assertNoDuplicateIds(Document page, String where) {
        Set<String> seen = new HashSet<>();
        for (Element element : page.select("[id]")) {
            assertThat(seen.add(element.id())).as("id %s once on %s", element.id(), where).isTrue();
        }
    }

    private Document render(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn();
        String url = response.getRequest().getRequestURI() + " as "
                + (response.getRequest().getUserPrincipal() == null ? "anonymous" : response.getRequest().getUserPrincipal().getName());
        return Jsoup.parse(response.getResponse().getContentAsString(), url);
    }
}
