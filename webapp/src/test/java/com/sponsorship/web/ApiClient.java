package com.sponsorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the JSON API, as an outside script would use it. */
final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    record Response(int status, String contentType, JsonNode body) {
    }

    /** The id of what a POST created; fails, showing the answer, unless it is 201 Created. */
    static String created(Response response) {
        assertThat(response.status()).as("created: %s", response.body()).isEqualTo(201);
        return response.body().get("id").asString();
    }

    /**
     * The id of the account signed in as {@code email} (password {@link TestData#PASSWORD}). A command waits
     * only a bounded time for the read models, so on a loaded machine the account may show a moment later.
     */
    String accountId(String email) {
        return shown("/api/v1/me", email).body().get("id").asString();
    }

    /**
     * The answer to GET {@code path} for {@code email} once it is 200: a command waits only a bounded time for
     * the read models, and right after a start a read model may take seconds to claim its second segment.
     */
    Response shown(String path, String email) {
        return Awaitility.await(path + " for " + email).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> get(path, email, TestData.PASSWORD),
                        answer -> answer.status() == 200);
    }

    /** A sponsor with a public yoga campaign running from tomorrow, and an influencer to deal with (emails and ids). */
    record Parties(String sponsor, String influencer, String influencerId, String campaignId) {
    }

    Parties parties(String brand, String creator, String campaign, int budget) {
        String sponsor = register("sponsors", brand, Map.of("industry", "Sports"));
        String influencer = register("influencers", creator, Map.of("category", "Yoga", "reach", 1_000));
        String influencerId = accountId(influencer);
        return new Parties(sponsor, influencer, influencerId, campaign(sponsor, campaign, budget));
    }

    /** An ad request of the parties' sponsor to their influencer on their campaign; returns its id. */
    String adRequest(Parties parties, String message, int paymentAmount) {
        return created(post("/api/v1/campaigns/" + parties.campaignId() + "/ad-requests", parties.sponsor(),
                TestData.PASSWORD, Map.of("influencerId", parties.influencerId(), "message", message,
                        "requirements", "Tag us", "paymentAmount", paymentAmount)));
    }

    /** {@link #adRequest(Parties, String, int)} (without terms), accepted by the influencer; returns its id. */
    String agreedDeal(Parties parties, String message, int paymentAmount) {
        return accepted(parties, adRequest(parties, message, paymentAmount));
    }

    /**
     * A request of the parties with terms (these {@link #deliverable}s due on {@code dueDate}, no usage rights, no
     * exclusivity), accepted by the influencer; returns its id.
     */
    String agreedDeal(Parties parties, String message, int paymentAmount, LocalDate dueDate, Map<?, ?>... deliverables) {
        return accepted(parties, created(post("/api/v1/campaigns/" + parties.campaignId() + "/ad-requests",
                parties.sponsor(), TestData.PASSWORD, Map.of("influencerId", parties.influencerId(), "message", message,
                        "paymentAmount", paymentAmount, "terms", Map.of("deliverables", List.of(deliverables),
                                "dueDate", dueDate.toString(), "usageRightsMonths", 0, "exclusivityDays", 0)))));
    }

    /** One deliverable of a kind ("INSTAGRAM_REEL", "BLOG_POST", ...) for the terms of a request. */
    static Map<String, Object> deliverable(String kind, String description) {
        return Map.of("kind", kind, "count", 1, "description", description);
    }

    private String accepted(Parties parties, String id) {
        shown("/api/v1/ad-requests/" + id, parties.influencer());
        Response accepted = post("/api/v1/ad-requests/" + id + "/accept", parties.influencer(), TestData.PASSWORD, Map.of());
        assertThat(accepted.status()).as("accepted: %s", accepted.body()).isEqualTo(200);
        assertThat(accepted.body().get("status").asString()).isEqualTo("AGREED");
        return id;
    }

    /** A public yoga campaign of the sponsor (email) running from tomorrow; returns its id. */
    String campaign(String sponsor, String name, int budget) {
        return created(post("/api/v1/campaigns", sponsor, TestData.PASSWORD, Map.of("name", name,
                "category", "Yoga", "budget", budget, "visibility", "Public",
                "startDate", TestData.start().toString(), "endDate", TestData.end().toString())));
    }

    /** Registers a sponsor or influencer ({@code kind} "sponsors" or "influencers") with a fresh email; returns it. */
    String register(String kind, String name, Map<String, Object> profile) {
        String email = TestData.uniqueEmail(kind);
        Map<String, Object> body = new HashMap<>(profile);
        body.putAll(Map.of("name", name, "email", email, "password", TestData.PASSWORD));
        created(post("/api/v1/accounts/" + kind, null, null, body));
        return email;
    }

    Response get(String path, String email, String password) {
        return send(request(path, email, password).GET());
    }

    Response post(String path, String email, String password, Object body) {
        return send(request(path, email, password)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Response delete(String path, String email, String password) {
        return send(request(path, email, password).DELETE());
    }

    /** The raw bytes and content type of a GET of any type, for images and CSV files. */
    HttpResponse<byte[]> bytes(String path, String email, String password) {
        try {
            return http.send(request(path, email, password).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String email, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, application/problem+json");
        if (email != null) {
            String credentials = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        return request;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    body.isEmpty() ? JSON.nullNode() : JSON.readTree(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
