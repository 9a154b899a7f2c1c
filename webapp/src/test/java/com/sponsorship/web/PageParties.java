package com.sponsorship.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.sponsorship.api.common.Actor;
import com.sponsorship.api.common.Role;
import com.sponsorship.web.common.PlatformCommands;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A sponsor and an influencer made with a {@link Scenario} (which makes their campaigns and ad requests), for
 * tests of the pages: signs any actor in on a MockMvc request by its account's email, and finds the admin the
 * test profile creates.
 */
record PageParties(Scenario scenario, Actor sponsor, Actor influencer, JdbcTemplate jdbc, UserDetailsService users) {

    static PageParties of(PlatformCommands commands, JdbcTemplate jdbc, UserDetailsService users) {
        Scenario scenario = new Scenario(commands);
        return new PageParties(scenario, scenario.sponsor(), scenario.influencer(), jdbc, users);
    }

    Actor admin() {
        return new Actor(jdbc.queryForObject("select account_id from account_credentials where role = 'ADMIN'",
                String.class), Role.ADMIN);
    }

    /** The actor signed in, as a browser's requests are. */
    RequestPostProcessor as(Actor actor) {
        String email = jdbc.queryForObject("select email from account_credentials where account_id = ?", String.class,
                actor.accountId());
        return user(users.loadUserByUsername(email));
    }
}
