package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The markup of every page with a form: each field once, labelled, with an id of its own. */
@PlatformIntegrationTest
class PageMarkupIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlatformCommands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    Actor sponsor;
    Actor influencer;
    Actor admin;
    String campaignId;
    String offerToInfluencer;
    String openToAny;
    String agreed;
    String paymentId;

    @BeforeEach
    void scenario() {
        Scenario scenario = new Scenario(commands);
        sponsor = scenario.sponsor();
        influencer = scenario.influencer();
        admin = new Actor(jdbc.queryForObject("select account_id from account_credentials where role = 'ADMIN'",
                String.class), Role.ADMIN);
        campaignId = scenario.campaignNamed(sponsor, "Markup Campaign");
        offerToInfluencer = scenario.offer(sponsor, campaignId, influencer, "100");
        openToAny = scenario.openToAny(sponsor, campaignId, "80");
        agreed = scenario.offer(sponsor, campaignId, influencer, "90");
        commands.send(new AcceptOfferCommand(agreed, influencer));
        paymentId = UUID.randomUUID().toString();
        commands.send(new RecordPaymentCommand(agreed, sponsor, paymentId, new BigDecimal("10"),
                LocalDate.now(ZoneOffset.UTC).minusDays(1), PaymentMethod.BANK_TRANSFER, "MARKUP-1"));
    }

    @Test
    void everyFormShowsEachFieldOnceWithALabelAndAnIdOfItsOwn() throws Exception {
        List<MockHttpServletRequestBuilder> pages = List.of(
                get("/register/sponsor"),
                get("/register/influencer"),
                get("/profile").with(as(sponsor)),
                get("/profile").with(as(influencer)),
                get("/sponsor/campaigns/new").with(as(sponsor)),
                get("/campaigns/" + campaignId).param("influencer", influencer.accountId()).with(as(sponsor)),
                get("/ad-requests/" + offerToInfluencer).with(as(influencer)),
                get("/ad-requests/" + offerToInfluencer).with(as(sponsor)),
                get("/ad-requests/" + openToAny).with(as(influencer)),
                get("/ad-requests/" + agreed).with(as(sponsor)),
                get("/ad-requests/" + agreed + "/payments/" + paymentId + "/dispute").with(as(influencer)),
                get("/campaigns/" + campaignId + "/ledger").with(as(sponsor)),
                get("/ad-requests").with(as(sponsor)),
                get("/ad-requests").with(as(admin)),
                get("/sponsor/to-review").with(as(sponsor)),
                get("/influencer/to-deliver").with(as(influencer)),
                get("/search").with(as(sponsor)),
                get("/search").with(as(influencer)),
                get("/admin").with(as(admin)),
                get("/admin").param("tab", "campaigns").with(as(admin)),
                get("/admin/projections").with(as(admin)),
                get("/audit/admin-actions").with(as(admin)),
                get("/audit/record").with(as(admin)));
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
        assertAsksBefore(get("/campaigns/" + campaignId).with(as(sponsor)), "/close");
        assertAsksBefore(get("/ad-requests/" + offerToInfluencer).with(as(sponsor)), "/withdraw");
        assertAsksBefore(get("/admin").with(as(admin)), "/remove");
        assertAsksBefore(get("/admin").param("tab", "campaigns").with(as(admin)), "/close");
        assertAsksBefore(get("/admin/projections").with(as(admin)), "/admin/projections/rebuild");
        String script = mvc.perform(get("/js/confirm.js").with(as(sponsor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(script).contains("dataset.confirm").contains("preventDefault");
    }

    @Test
    void statusesAndRolesShowTheirLabelsWhileFiltersKeepTheirValues() throws Exception {
        Document requests = render(get("/ad-requests").with(as(sponsor)));
        assertThat(requests.select("option[value=AWAITING_INFLUENCER]").text()).isEqualTo("Awaiting influencer");
        assertThat(requests.select("table.ad-requests .badge").eachText()).contains("Awaiting influencer", "Open");
        Document campaign = render(get("/campaigns/" + campaignId).with(as(sponsor)));
        assertThat(campaign.select("#campaign-status").text()).isEqualTo("Open");
        Document thread = render(get("/ad-requests/" + offerToInfluencer).with(as(sponsor)));
        assertThat(thread.select("#negotiation-status").text()).isEqualTo("Awaiting influencer");
        Document accounts = render(get("/admin").with(as(admin)));
        assertThat(accounts.select("#accounts td").eachText()).doesNotContain("SPONSOR", "INFLUENCER", "ADMIN");
        for (Document page : List.of(requests, campaign, thread, accounts)) {
            assertThat(page.body().text()).as("raw names on %s", page.location())
                    .doesNotContainPattern("\\b(AWAITING_\\w+|AGREED|OPEN|CLOSED|SPONSOR|INFLUENCER)\\b");
        }
    }

    @Test
    void thePersonalRecordPageShowsLabelsNotRawNamesWithIdsOfTheirOwn() throws Exception {
        for (Actor person : List.of(sponsor, influencer, admin)) {
            Document page = render(get("/profile/export").with(as(person)));
            assertNoDuplicateIds(page, page.location());
            assertThat(page.select("h1").text()).isEqualTo("Everything recorded about me");
            assertThat(page.body().text()).as("raw names on %s", page.location())
                    .doesNotContainPattern("\\b(AWAITING_\\w+|AGREED|OPEN|CLOSED|SPONSOR|INFLUENCER|ADMIN)\\b");
        }
        Document sponsors = render(get("/profile/export").with(as(sponsor)));
        assertThat(sponsors.select(".campaign")).hasSize(1);
        assertThat(sponsors.select(".negotiation")).hasSize(3);
        assertThat(sponsors.select(".negotiation .steps > li").text()).contains("Agreed", "recorded a payment of 10.00");
    }

    @Test
    void adRequestRowsOpenTheThreadAndLinkTheCampaignOnlyForThoseWhoMaySeeIt() throws Exception {
        for (Document page : List.of(render(get("/campaigns/" + campaignId).with(as(sponsor))),
                render(get("/ad-requests").with(as(admin))))) {
            Element row = threadRow(page);
            assertThat(row.select("a[href=/ad-requests/" + offerToInfluencer + "]").text()).isEqualTo("Open thread");
            assertThat(row.select("a[href=/campaigns/" + campaignId + "]").text()).isEqualTo("Markup Campaign");
        }
        Element influencerRow = threadRow(render(get("/influencer").with(as(influencer))));
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

    private RequestPostProcessor as(Actor actor) {
        String email = jdbc.queryForObject("select email from account_credentials where account_id = ?", String.class,
                actor.accountId());
        return user(users.loadUserByUsername(email));
    }
}
