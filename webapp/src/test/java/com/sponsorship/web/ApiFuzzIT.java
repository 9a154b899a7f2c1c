package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Rules;
import com.sponsorship.api.negotiation.AcceptOfferCommand;
import com.sponsorship.api.negotiation.PaymentMethod;
import com.sponsorship.api.negotiation.RecordPaymentCommand;
import com.sponsorship.web.common.PlatformCommands;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends bad input to every route of the JSON API, as the role allowed there: text with NUL and
 * broken characters in every body field and query parameter, wrong JSON types, numbers and dates
 * out of range, malformed, empty and missing bodies, a wrong Content-Type, odd path ids. Never a
 * 5xx; every 4xx is problem+json, a 400 names the fields at fault, and a refused request stores
 * no event.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = TestData.ADMIN_EMAIL;
    private static final String ADMIN_PASSWORD = TestData.ADMIN_PASSWORD;
    /** Raw JSON values that are bad for any field: NUL, a lone surrogate, a control character, a wrong type. */
    private static final List<String> BAD_FOR_ANY_FIELD = List.of("\"before\\u0000after\"", "\"half \\ud83d\"",
            "\"bell\\u0007\"", "{\"nested\":true}", "[1,2]");
    private static final List<String> BAD_AMOUNTS = List.of("0", "-1", "0.001", "1e20", "1e999999999",
            "12345678901234.00", "-1e-999999999", "\"lots\"");
    private static final List<String> BAD_DATES = List.of("\"-999999999-01-01\"", "\"+999999999-12-31\"",
            "\"1999-12-31\"", "\"2101-01-01\"", "\"2024-02-30\"", "\"tomorrow\"", "20240101");
    /** A number or boolean where text (a name, an id, a date, a fixed-list value) belongs. */
    private static final List<String> BAD_FOR_TEXT_FIELDS = List.of("42", "1.5", "true");
    /** Text or a boolean where a number belongs: refused, not read as the number it spells. */
    private static final List<String> BAD_FOR_NUMBER_FIELDS = List.of("\"12\"", "true");
    private static final List<String> BAD_LINKS = List.of("\"javascript:alert(1)\"", "\"ftp://example.com/x\"",
            "\"http://\"", "\"example.com/x\"", "\"\"", "\"https://example.com/" + "x".repeat(Rules.LINK_MAX) + "\"");
    private static final List<String> BAD_REACH = List.of("-1", "1e30", "9223372036854775808", "\"many\"", "1.5");
    private static final List<String> BAD_PATH_IDS = List.of("not-a-uuid", "%00", "a%00b", "%ED%A0%BD",
            "%F0%9F%98%80", "a%20b", "x".repeat(300), "..%2F..", "%25", UUID.randomUUID().toString());
    /** Tomcat refuses these paths (an encoded NUL, invalid UTF-8, an encoded '/') with its own 400 before any filter runs. */
    private static final List<String> REFUSED_BY_THE_CONTAINER = List.of("%00", "a%00b", "%ED%A0%BD", "..%2F..");
    private static final List<String> BAD_PARAMETERS = List.of("a\u0000b", "\u0000", "half\uD83D", "2147483647",
            "-1", "99999999999", ",", "x".repeat(1000), "-999999999-01-01", "+999999999-12-31", "\u202Eevil");

    @LocalServerPort
    int port;
    @Autowired
    PlatformCommands commands;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> failures = new ArrayList<>();

    String sponsor;
    String influencer;
    String campaignId;
    String offerId;
    String openRequestId;
    String influencerId;
    String agreedId;
    String paymentId;

    @BeforeEach
    void noFailuresYet() {
        failures.clear();
    }

    @BeforeAll
    void deal() {
        Scenario scenario = new Scenario(commands);
        Actor sponsorActor = scenario.sponsor();
        Actor influencerActor = scenario.influencer();
        sponsor = emailOf(sponsorActor);
        influencer = emailOf(influencerActor);
        influencerId = influencerActor.accountId();
        campaignId = scenario.campaign(sponsorActor, "5000");
        offerId = scenario.offer(sponsorActor, campaignId, influencerActor, "100");
        openRequestId = scenario.openToAny(sponsorActor, campaignId, "100");
        agreedId = scenario.offer(sponsorActor, campaignId, influencerActor, "100");
        commands.send(new AcceptOfferCommand(agreedId, influencerActor));
        paymentId = UUID.randomUUID().toString();
        commands.send(new RecordPaymentCommand(agreedId, sponsorActor, paymentId, new BigDecimal("10"),
                LocalDate.now(ZoneOffset.UTC).minusDays(1), PaymentMethod.PAYPAL, "FUZZ-0"));
    }

    /** A route taking a JSON body, with a valid body whose fields are each made bad in turn. */
    record BodyRoute(String method, String path, String email, Map<String, String> validBody,
                     Map<String, List<String>> extraBadValues) {

        /** Rejecting needs no message, so no body at all is a valid rejection. */
        boolean bodyOptional() {
            return path.endsWith("/reject");
        }
    }

    private List<BodyRoute> bodyRoutes() {
        String deliverable = "/api/v1/ad-requests/" + agreedId + "/deliverables/1";
        Map<String, String> campaign = json("name", "\"Fuzz Campaign\"", "description", "\"About it\"", "goals",
                "\"Goals\"", "category", "\"FITNESS\"", "budget", "1000", "visibility", "\"PUBLIC\"",
                "startDate", "\"" + TestData.start() + "\"", "endDate", "\"" + TestData.end() + "\"");
        Map<String, List<String>> campaignExtras = Map.of("budget", BAD_AMOUNTS, "startDate", BAD_DATES,
                "endDate", BAD_DATES, "name", List.of("\"" + "n".repeat(46) + "\""),
                "description", List.of("\"" + "d".repeat(251) + "\""));
        Map<String, String> account = json("name", "\"Fuzz Account\"", "email", "\"" + TestData.uniqueEmail("fuzz") + "\"",
                "password", "\"" + TestData.PASSWORD + "\"");
        Map<String, List<String>> accountExtras = Map.of("password", List.of("\"Aa1!" + "x".repeat(69) + "\"",
                "\"Aa1!" + "\u00e9".repeat(40) + "\""), "email", List.of("\"a@b\"", "\"" + "e".repeat(250) + "@x.com\""));
        Map<String, String> sponsorAccount = new LinkedHashMap<>(account);
        sponsorAccount.put("industry", "\"RETAIL\"");
        Map<String, String> influencerAccount = new LinkedHashMap<>(account);
        influencerAccount.put("category", "\"FITNESS\"");
        influencerAccount.put("reach", "1000");
        Map<String, List<String>> influencerExtras = new LinkedHashMap<>(accountExtras);
        influencerExtras.put("reach", BAD_REACH);
        Map<String, String> adRequest = json("influencerId", "\"" + influencerId + "\"", "message", "\"Promote us\"",
                "requirements", "\"Two posts\"", "paymentAmount", "100");
        Map<String, List<String>> adRequestExtras = Map.of("paymentAmount", BAD_AMOUNTS,
                "influencerId", List.of("\"not an id\"", "\"" + "x".repeat(37) + "\""));
        Map<String, String> offer = json("paymentAmount", "150", "message", "\"More\"");
        Map<String, List<String>> offerExtras = Map.of("paymentAmount", BAD_AMOUNTS);
        Map<String, String> flag = json("reason", "\"Spam\"");
        return List.of(
                new BodyRoute("POST", "/api/v1/accounts/sponsors", null, sponsorAccount, accountExtras),
                new BodyRoute("POST", "/api/v1/accounts/influencers", null, influencerAccount, influencerExtras),
                new BodyRoute("POST", "/api/v1/campaigns", sponsor, campaign, campaignExtras),
                new BodyRoute("PUT", "/api/v1/campaigns/" + campaignId, sponsor, campaign, campaignExtras),
                new BodyRoute("POST", "/api/v1/campaigns/" + campaignId + "/ad-requests", sponsor, adRequest, adRequestExtras),
                new BodyRoute("PUT", "/api/v1/ad-requests/" + offerId, sponsor, without(adRequest, "influencerId"),
                        Map.of("paymentAmount", BAD_AMOUNTS)),
                new BodyRoute("POST", "/api/v1/ad-requests/" + openRequestId + "/apply", influencer, offer, offerExtras),
                new BodyRoute("POST", "/api/v1/ad-requests/" + offerId + "/counter", influencer, offer, offerExtras),
                new BodyRoute("POST", "/api/v1/ad-requests/" + offerId + "/reject", influencer, json("message", "\"No\""),
                        Map.of()),
                new BodyRoute("POST", "/api/v1/admin/accounts/" + influencerId + "/flag", ADMIN, flag,
                        Map.of("reason", List.of("\"\"", "\"" + "r".repeat(251) + "\""))),
                new BodyRoute("POST", "/api/v1/admin/campaigns/" + campaignId + "/flag", ADMIN, flag, Map.of()),
                new BodyRoute("POST", "/api/v1/admin/auditors", ADMIN, account, accountExtras),
                new BodyRoute("POST", "/api/v1/ad-requests/" + agreedId + "/payments", sponsor,
                        json("amount", "1", "paidOn", "\"" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\"",
                                "method", "\"PAYPAL\"", "reference", "\"FUZZ-1\""),
                        Map.of("amount", BAD_AMOUNTS, "paidOn", BAD_DATES, "method", List.of("\"BITCOIN\"", "\"\""),
                                "reference", List.of("\"\"", "\"" + "r".repeat(101) + "\""))),
                new BodyRoute("POST", "/api/v1/ad-requests/" + agreedId + "/payments/" + paymentId + "/dispute",
                        influencer, json("reason", "\"Not received\""),
                        Map.of("reason", List.of("\"\"", "\"" + "r".repeat(251) + "\""))),
                new BodyRoute("POST", "/api/v1/ad-requests/" + agreedId + "/cancellation", sponsor,
                        json("reason", "\"Launch is off\""), Map.of("reason", List.of("\"\"", "\"" + "r".repeat(251) + "\""))),
                new BodyRoute("POST", "/api/v1/admin/ad-requests/" + agreedId + "/cancel", ADMIN,
                        json("reason", "\"Stuck\""), Map.of("reason", List.of("\"\"", "\"" + "r".repeat(251) + "\""))),
                new BodyRoute("POST", deliverable + "/draft", influencer,
                        json("url", "\"https://example.com/draft\"", "note", "\"First cut\""),
                        Map.of("url", BAD_LINKS, "note", List.of("\"" + "n".repeat(Rules.TEXT_MAX + 1) + "\""))),
                new BodyRoute("POST", deliverable + "/request-changes", sponsor, json("note", "\"Shorter\""),
                        Map.of("note", List.of("\"\"", "\"" + "n".repeat(Rules.TEXT_MAX + 1) + "\""))),
                new BodyRoute("POST", deliverable + "/live", influencer, json("url", "\"https://example.com/live\""),
                        Map.of("url", BAD_LINKS)),
                new BodyRoute("POST", deliverable + "/dispute", sponsor, json("reason", "\"Still wrong\""),
                        Map.of("reason", List.of("\"\"", "\"" + "r".repeat(251) + "\""))));
    }

    /**
     * An offer's terms with each nested field made bad in turn, on a new request and on a
     * counter-offer: the 400 names the field's whole path, as {@code terms.deliverables[0].count}.
     * (Absent usage rights and exclusivity mean none, so null is valid for them.)
     */
    @Test
    void everyBadTermsFieldIsRefusedWithItsWholePath() {
        Map<String, String> item = json("kind", "\"INSTAGRAM_REEL\"", "count", "1", "description", "\"Unboxing\"");
        Map<String, String> terms = json("dueDate", "\"" + TestData.end() + "\"", "usageRightsMonths", "0",
                "exclusivityDays", "0");
        Map<String, List<String>> extras = Map.of("kind", List.of("\"FAX\"", "\"\"", "null"),
                "count", List.of("0", "101", "1.5", "\"1\"", "1e20", "null"),
                "description", List.of("\"" + "d".repeat(251) + "\""),
                "dueDate", List.of("\"2024-02-30\"", "\"+999999999-12-31\"", "\"soon\"", "20240101", "null"),
                "usageRightsMonths", List.of("-1", "121", "\"6\"", "2.5", "1e20"),
                "exclusivityDays", List.of("-1", "366", "\"30\"", "0.5"));
        Map<String, String> request = json("influencerId", "\"" + influencerId + "\"", "message", "\"Promote us\"",
                "paymentAmount", "100");
        Map<String, String> counter = json("paymentAmount", "150", "message", "\"More\"");
        List<BodyRoute> routes = List.of(
                new BodyRoute("POST", "/api/v1/campaigns/" + campaignId + "/ad-requests", sponsor, request, Map.of()),
                new BodyRoute("POST", "/api/v1/ad-requests/" + offerId + "/counter", influencer, counter, Map.of()));
        for (BodyRoute route : routes) {
            for (String field : item.keySet()) {
                badValues(item.get(field), extras.get(field)).forEach(value -> {
                    Map<String, String> badItem = new LinkedHashMap<>(item);
                    badItem.put(field, value);
                    Map<String, String> body = new LinkedHashMap<>(route.validBody());
                    body.put("terms", toJson(withField(terms, "deliverables", "[" + toJson(badItem) + "]")));
                    expect(sendStoringNothing(route.method(), route.path(), route.email(), "application/json",
                            toJson(body)), 400, "terms.deliverables[0]." + field);
                });
            }
            for (String field : terms.keySet()) {
                badValues(terms.get(field), extras.get(field)).forEach(value -> {
                    Map<String, String> badTerms = withField(terms, "deliverables", "[" + toJson(item) + "]");
                    badTerms.put(field, value);
                    Map<String, String> body = new LinkedHashMap<>(route.validBody());
                    body.put("terms", toJson(badTerms));
                    expect(sendStoringNothing(route.method(), route.path(), route.email(), "application/json",
                            toJson(body)), 400, "terms." + field);
                });
            }
        }
        assertThat(failures).isEmpty();
    }

    /** What is bad for a field whose valid raw JSON value is {@code valid}, with its own extra bad values. */
    private static List<String> badValues(String valid, List<String> extras) {
        List<String> bad = new ArrayList<>(BAD_FOR_ANY_FIELD);
        bad.addAll(extras);
        bad.addAll(valid.startsWith("\"") ? BAD_FOR_TEXT_FIELDS : BAD_FOR_NUMBER_FIELDS);
        return bad;
    }

    private static Map<String, String> withField(Map<String, String> fields, String name, String rawValue) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put(name, rawValue);
        return copy;
    }

    @Test
    void everyBadBodyFieldIsRefusedWithItsName() {
        for (BodyRoute route : bodyRoutes()) {
            route.validBody().keySet().forEach(field -> {
                List<String> bad = badValues(route.validBody().get(field),
                        route.extraBadValues().getOrDefault(field, List.of()));
                bad.forEach(value -> {
                    Map<String, String> body = new LinkedHashMap<>(route.validBody());
                    body.put(field, value);
                    Answer answer = sendStoringNothing(route.method(), route.path(), route.email(),
                            "application/json", toJson(body));
                    expect(answer, 400, field);
                });
            });
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void malformedMissingAndMistypedBodiesAreRefused() {
        for (BodyRoute route : bodyRoutes()) {
            for (String body : List.of("{", "[]", "\"text\"", "{\"name\":\"a\u0000b\"}", "{\"name\":}",
                    "\u0000")) {
                Answer answer = sendStoringNothing(route.method(), route.path(), route.email(), "application/json", body);
                expect(answer, 400, null);
            }
            if (!route.bodyOptional()) {
                expectRefused(sendStoringNothing(route.method(), route.path(), route.email(), null, null));
                expect(sendStoringNothing(route.method(), route.path(), route.email(), "application/json", ""), 400, null);
                expect(sendStoringNothing(route.method(), route.path(), route.email(), "application/json", "null"), 400, null);
            }
            Answer wrongType = sendStoringNothing(route.method(), route.path(), route.email(), "text/plain",
                    toJson(route.validBody()));
            expect(wrongType, 415, null);
            Answer form = sendStoringNothing(route.method(), route.path(), route.email(),
                    "application/x-www-form-urlencoded", "name=x");
            expect(form, 415, null);
        }
        assertThat(failures).isEmpty();
    }

    /** A list route and the role that may call it, with the query parameters it reads. */
    record ListRoute(String path, String email, List<String> parameters, List<String> searchTexts) {
    }

    @Test
    void everyBadQueryParameterIsRefusedWithItsNameOrReadSafely() {
        List<ListRoute> routes = List.of(
                new ListRoute("/api/v1/campaigns", influencer, List.of("q", "category", "sort", "page", "size"), List.of("q")),
                new ListRoute("/api/v1/campaigns", sponsor, List.of("q", "category", "sort", "page", "size"), List.of("q")),
                new ListRoute("/api/v1/campaigns", ADMIN, List.of("q", "page", "size"), List.of("q")),
                new ListRoute("/api/v1/influencers", sponsor, List.of("q", "category", "sort", "page", "size"), List.of("q")),
                new ListRoute("/api/v1/ad-requests", ADMIN, List.of("campaign", "sponsor", "influencer", "status",
                        "from", "to", "page", "size"), List.of("campaign", "sponsor", "influencer")),
                new ListRoute("/api/v1/ad-requests", sponsor, List.of("campaign", "from", "to", "page", "size"),
                        List.of("campaign")),
                new ListRoute("/api/v1/ad-requests/open", influencer, List.of("page", "size"), List.of()),
                new ListRoute("/api/v1/deliveries", influencer, List.of("status", "page", "size"), List.of()),
                new ListRoute("/api/v1/deliveries", sponsor, List.of("status", "page", "size"), List.of()),
                new ListRoute("/api/v1/campaigns/" + campaignId + "/ledger", sponsor, List.of("asOf"), List.of()));
        for (ListRoute route : routes) {
            for (String parameter : route.parameters()) {
                for (String value : BAD_PARAMETERS) {
                    Answer answer = send("GET", route.path() + "?" + parameter + "=" + encode(value), route.email(), null, null);
                    if (route.searchTexts().contains(parameter) && value.contains("\u0000")) {
                        expect(answer, 400, parameter);
                    } else {
                        expectNoServerError(answer);
                    }
                }
            }
        }
        expect(send("GET", "/api/v1/campaigns?page=2147483647", influencer, null, null), 400, "page");
        expect(send("GET", "/api/v1/campaigns?size=100000", influencer, null, null), 400, "size");
        expect(send("GET", "/api/v1/influencers?size=-1", sponsor, null, null), 400, "size");
        expect(send("GET", "/api/v1/influencers?sort=,", sponsor, null, null), 400, "sort");
        expect(send("GET", "/api/v1/campaigns?sort=name,asc", influencer, null, null), 400, "sort");
        expect(send("GET", "/api/v1/campaigns?sort=budget,sideways", influencer, null, null), 400, "sort");
        expect(send("GET", "/api/v1/ad-requests?from=-999999999-01-01", ADMIN, null, null), 400, "from");
        expect(send("GET", "/api/v1/ad-requests?to=%2B999999999-12-31", ADMIN, null, null), 400, "to");
        expect(send("GET", "/api/v1/ad-requests/open?page=2147483647", influencer, null, null), 400, "page");
        assertThat(failures).isEmpty();
    }

    @Test
    void oddPathIdsAreNotFoundOrRefused() {
        List<String[]> routes = List.of(
                new String[] {"GET", "/api/v1/campaigns/{id}", sponsor}, new String[] {"PUT", "/api/v1/campaigns/{id}", sponsor},
                new String[] {"POST", "/api/v1/campaigns/{id}/close", sponsor},
                new String[] {"POST", "/api/v1/campaigns/{id}/ad-requests", sponsor},
                new String[] {"GET", "/api/v1/ad-requests/{id}", influencer}, new String[] {"PUT", "/api/v1/ad-requests/{id}", sponsor},
                new String[] {"POST", "/api/v1/ad-requests/{id}/apply", influencer},
                new String[] {"POST", "/api/v1/ad-requests/{id}/counter", influencer},
                new String[] {"POST", "/api/v1/ad-requests/{id}/accept", influencer},
                new String[] {"POST", "/api/v1/ad-requests/{id}/reject", influencer},
                new String[] {"POST", "/api/v1/ad-requests/{id}/withdraw", sponsor},
                new String[] {"GET", "/api/v1/ad-requests/{id}/history", ADMIN},
                new String[] {"GET", "/api/v1/ad-requests/{id}/history.csv", ADMIN},
                new String[] {"GET", "/api/v1/ad-requests/{id}/certificate", ADMIN},
                new String[] {"POST", "/api/v1/admin/accounts/{id}/flag", ADMIN},
                new String[] {"DELETE", "/api/v1/admin/accounts/{id}/flag", ADMIN},
                new String[] {"DELETE", "/api/v1/admin/accounts/{id}", ADMIN},
                new String[] {"POST", "/api/v1/admin/campaigns/{id}/flag", ADMIN},
                new String[] {"DELETE", "/api/v1/admin/campaigns/{id}/flag", ADMIN},
                new String[] {"POST", "/api/v1/admin/projections/{id}/rebuild", ADMIN},
                new String[] {"POST", "/api/v1/admin/projections/{id}/dead-letters/retry", ADMIN},
                new String[] {"GET", "/api/v1/stats/{id}.png", sponsor},
                new String[] {"GET", "/api/v1/campaigns/{id}/ledger", sponsor},
                new String[] {"GET", "/api/v1/campaigns/{id}/ledger.csv", sponsor},
                new String[] {"POST", "/api/v1/ad-requests/{id}/payments", sponsor},
                new String[] {"POST", "/api/v1/ad-requests/{id}/payments/" + paymentId + "/confirm", influencer},
                new String[] {"POST", "/api/v1/ad-requests/" + agreedId + "/payments/{id}/confirm", influencer},
                new String[] {"POST", "/api/v1/ad-requests/" + agreedId + "/payments/{id}/dispute", influencer});
        String validBody = "{\"reason\":\"Spam\",\"paymentAmount\":100,\"message\":\"m\",\"name\":\"N\","
                + "\"description\":\"d\",\"goals\":\"g\",\"category\":\"FITNESS\",\"budget\":100,\"visibility\":\"PUBLIC\","
                + "\"startDate\":\"" + TestData.start() + "\",\"endDate\":\"" + TestData.end() + "\"}";
        for (String[] route : routes) {
            for (String id : BAD_PATH_IDS) {
                Answer answer = sendStoringNothing(route[0], route[1].replace("{id}", id), route[2],
                        route[0].equals("GET") || route[0].equals("DELETE") ? null : "application/json",
                        route[0].equals("GET") || route[0].equals("DELETE") ? null : validBody);
                if (REFUSED_BY_THE_CONTAINER.contains(id)) {
                    expectStatus(answer, 400);
                } else {
                    expectRefused(answer);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void unknownRoutesAreNotFoundProblems() {
        for (String path : List.of("/api/v1/nonsense", "/api/v1/campaigns/x/y/z", "/api/v2/campaigns", "/api/favicon.ico")) {
            Answer answer = send("GET", path, sponsor, null, null);
            if (answer.status() != 404 || !answer.isProblem()
                    || JSON.readTree(answer.body()).path("title").asString("").isEmpty()
                    || JSON.readTree(answer.body()).path("detail").asString("").isEmpty()) {
                failures.add(answer + " expected a 404 problem with a title and detail");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void oddCredentialsAreUnauthorizedNotAnError() {
        for (String password : List.of("Aa1!" + "x".repeat(100), "a\u0000b", "\uD83D")) {
            expectRefused(send("GET", "/api/v1/me", sponsor, password, null, null));
        }
        expectRefused(send("GET", "/api/v1/me", "nobody\u0000@example.com", TestData.PASSWORD, null, null));
        assertThat(failures).isEmpty();
    }

    /** After all of it the projections are caught up, with nothing parked. */
    @AfterAll
    void projectionsStayHealthy() {
        ProjectionHealth.awaitCaughtUpWithoutDeadLetters(new ApiClient(port));
    }

    private void expect(Answer answer, int status, String field) {
        if (answer.status() != status || !answer.isProblem()
                || (field != null && !answer.fields().contains(field))) {
            failures.add(answer + " expected " + status + (field == null ? "" : " naming " + field));
        }
    }

    private void expectStatus(Answer answer, int status) {
        if (answer.status() != status) {
            failures.add(answer + " expected " + status);
        }
    }

    private void expectRefused(Answer answer) {
        if (answer.status() < 400 || answer.status() >= 500 || !answer.isProblem()) {
            failures.add(answer + " expected a 4xx problem");
        }
    }

    private void expectNoServerError(Answer answer) {
        if (answer.status() >= 500 || (answer.status() >= 400 && !answer.isProblem())) {
            failures.add(answer + " expected no server error");
        }
    }

    record Answer(String request, int status, String contentType, String body) {

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        List<String> fields() {
            try {
                JsonNode errors = JSON.readTree(body).path("errors");
                List<String> fields = new ArrayList<>();
                errors.forEach(error -> fields.add(error.path("field").asString()));
                return fields;
            } catch (RuntimeException notJson) {
                return List.of();
            }
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + contentType + " " + body.substring(0, Math.min(body.length(), 300));
        }
    }

    /** Sends, and records a failure when a refused request appended any event. */
    private Answer sendStoringNothing(String method, String path, String email, String contentType, String body) {
        long before = events();
        Answer answer = send(method, path, email, contentType, body);
        if (answer.status() >= 400 && events() != before) {
            failures.add(answer + " stored events although refused");
        }
        return answer;
    }

    private Answer send(String method, String path, String email, String contentType, String body) {
        return send(method, path, email, email == null ? null : passwordOf(email), contentType, body);
    }

    private Answer send(String method, String path, String email, String password, String contentType, String body) {
        String request = method + " " + path + (body == null ? "" : " " + body.substring(0, Math.min(body.length(), 200)));
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "*/*")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            if (email != null) {
                builder.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(request, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException | IllegalArgumentException e) {
            return new Answer(request, 0, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private String emailOf(Actor actor) {
        return jdbc.queryForObject("select email from account_credentials where account_id = ?", String.class,
                actor.accountId());
    }

    private static String passwordOf(String email) {
        return email.equals(ADMIN) ? ADMIN_PASSWORD : TestData.PASSWORD;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, String> json(String... namesAndRawValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndRawValues.length; i += 2) {
            fields.put(namesAndRawValues[i], namesAndRawValues[i + 1]);
        }
        return fields;
    }

    private static Map<String, String> without(Map<String, String> fields, String name) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.remove(name);
        return copy;
    }

    private static String toJson(Map<String, String> rawFields) {
        return rawFields.entrySet().stream().map(field -> "\"" + field.getKey() + "\":" + field.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
