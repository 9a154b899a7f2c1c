package com.sponsorship.web;

import static com.sponsorship.web.ApiClient.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deal charts per role: each renders as a PNG for whom it is meant and is "not found" for the
 * others, and a sponsor's spend vs budget and an influencer's earnings stay the same picture while
 * another sponsor and influencer deal and pay (their figures are not in it).
 */
@PlatformIntegrationTest
class StatsChartsIT {

    private static final String PW = TestData.PASSWORD;
    private static final String PAID_ON = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachSeesTheDealChartsOfItsOwnScope() {
        ApiClient api = new ApiClient(port);
        ApiClient.Parties first = api.parties("Chart Brand", "Chart Creator", "Chart Campaign", 5000);
        ApiClient.Parties second = api.parties("Other Brand", "Other Creator", "Other Campaign", 7000);
        String admin = TestData.ADMIN_EMAIL;
        dealAndPay(api, first, 1000, 400, "chart-1");
        dealAndPay(api, second, 2000, 500, "other-1");

        for (String chart : new String[] {"deal-lifecycle", "deal-durations", "negotiation-rounds", "spend-vs-budget"}) {
            assertPng(api.bytes("/api/v1/stats/" + chart + ".png", first.sponsor(), PW));
        }
        for (String chart : new String[] {"deal-lifecycle", "deal-durations", "negotiation-rounds", "earnings-per-month"}) {
            assertPng(api.bytes("/api/v1/stats/" + chart + ".png", first.influencer(), PW));
            assertPng(api.bytes("/api/v1/stats/" + chart + ".png", admin, TestData.ADMIN_PASSWORD));
        }
        assertThat(api.bytes("/api/v1/stats/earnings-per-month.png", first.sponsor(), PW).statusCode())
                .as("a sponsor earns nothing").isEqualTo(404);
        assertThat(api.bytes("/api/v1/stats/spend-vs-budget.png", first.influencer(), PW).statusCode()).isEqualTo(404);
        assertThat(api.bytes("/api/v1/stats/spend-vs-budget.png", admin, TestData.ADMIN_PASSWORD).statusCode())
                .as("spend vs budget is a sponsor's own").isEqualTo(404);

        byte[] firstSpend = png(api, "spend-vs-budget", first.sponsor());
        byte[] firstEarnings = png(api, "earnings-per-month", first.influencer());
        byte[] secondSpend = png(api, "spend-vs-budget", second.sponsor());
        byte[] secondEarnings = png(api, "earnings-per-month", second.influencer());
        byte[] platformEarnings = png(api, "earnings-per-month", admin);

        String newCampaign = api.campaign(second.sponsor(), "Other Again", 3000);
        dealAndPay(api, second, 1500, 700, "other-2");
        await("the statistics have the second sponsor's new campaign").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.queryForObject("select count(*) from stats_campaign where id = ?", Long.class,
                        newCampaign) == 1);

        assertThat(png(api, "spend-vs-budget", first.sponsor())).as("not the other sponsor's campaigns")
                .isEqualTo(firstSpend);
        assertThat(png(api, "earnings-per-month", first.influencer())).as("not the other influencer's earnings")
                .isEqualTo(firstEarnings);
        assertThat(png(api, "spend-vs-budget", second.sponsor())).isNotEqualTo(secondSpend);
        assertThat(png(api, "earnings-per-month", second.influencer())).isNotEqualTo(secondEarnings);
        assertThat(png(api, "earnings-per-month", admin)).as("the platform's").isNotEqualTo(platformEarnings);
    }

    /**
     * A request of {@code amount} to the parties' influencer, accepted, and {@code paid} of it paid;
     * returns once the statistics have the campaign and the payment (other segments may be later).
     */
    private void dealAndPay(ApiClient api, ApiClient.Parties parties, int amount, int paid, String reference) {
        String deal = created(api.post("/api/v1/campaigns/" + parties.campaignId() + "/ad-requests", parties.sponsor(),
                PW, Map.of("influencerId", parties.influencerId(), "message", "Posts", "requirements", "Tag us",
                        "paymentAmount", amount)));
        assertThat(api.post("/api/v1/ad-requests/" + deal + "/accept", parties.influencer(), PW, Map.of()).status())
                .isEqualTo(200);
        created(api.post("/api/v1/ad-requests/" + deal + "/payments", parties.sponsor(), PW, Map.of("amount", paid,
                "paidOn", PAID_ON, "method", "BANK_TRANSFER", "reference", reference)));
        await("the statistics counted the campaign and the payment").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.queryForObject("select count(*) from stats_payment where negotiation_id = ?",
                        Long.class, deal) == 1 && jdbc.queryForObject("select count(*) from stats_campaign where id = ?",
                        Long.class, parties.campaignId()) == 1);
    }

    private static byte[] png(ApiClient api, String chart, String email) {
        String password = email.equals(TestData.ADMIN_EMAIL) ? TestData.ADMIN_PASSWORD : PW;
        HttpResponse<byte[]> answer = api.bytes("/api/v1/stats/" + chart + ".png", email, password);
        assertPng(answer);
        return answer.body();
    }

    private static void assertPng(HttpResponse<byte[]> answer) {
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(answer.body()).startsWith(0x89, 'P', 'N', 'G');
    }
}
