package com.sponsorship.web.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

@Configuration
@ConditionalOnWebApplication
public class SecurityConfiguration {

    /** Every sign-in, page or API, checks the password through the throttle. */
    @Bean
    AuthenticationProvider throttledPasswordCheck(PlatformUserDetailsService users, PasswordEncoder passwords,
                                                  LoginThrottle throttle) {
        return new ThrottledPasswordCheck(users, passwords, throttle);
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return ProblemResponses.rejected();
    }

    /** The JSON API: HTTP Basic with the same accounts, stateless, so no session and no CSRF token. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/accounts/sponsors", "/api/v1/accounts/influencers")
                        .permitAll()
                        // the platform's public key: anyone checking a certificate needs it
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit/key").permitAll()
                        .requestMatchers("/api/v1/admin/audit/verification").hasAnyRole("ADMIN", "AUDITOR")
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/campaigns", "/api/v1/campaigns/*/ad-requests")
                        .hasRole("SPONSOR")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/campaigns/*", "/api/v1/ad-requests/*").hasRole("SPONSOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/ad-requests/*/apply").hasRole("INFLUENCER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/ad-requests/*/withdraw").hasRole("SPONSOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/ad-requests/**").hasAnyRole("SPONSOR", "INFLUENCER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/campaigns/*/close").hasAnyRole("SPONSOR", "ADMIN")
                        .requestMatchers("/api/v1/influencers").hasAnyRole("SPONSOR", "ADMIN")
                        .requestMatchers("/api/v1/deliveries").hasAnyRole("SPONSOR", "INFLUENCER")
                        .requestMatchers("/api/v1/campaigns/*/ledger", "/api/v1/campaigns/*/ledger.csv")
                        .hasAnyRole("SPONSOR", "ADMIN", "AUDITOR")
                        .requestMatchers("/api/v1/ad-requests/open").hasAnyRole("INFLUENCER", "ADMIN", "AUDITOR")
                        .requestMatchers("/api/v1/audit/admin-actions").hasAnyRole("ADMIN", "AUDITOR")
                        .anyRequest().authenticated());
        return http.build();
    }

    /** The web pages: form login with a session, CSRF tokens on every form, role checks per area. */
    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/register/**", "/webjars/**", "/css/**", "/error", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/sponsor/**", "/campaigns/choose").hasRole("SPONSOR")
                        .requestMatchers(HttpMethod.POST, "/campaigns/*/ad-requests", "/ad-requests/*/edit",
                                "/ad-requests/*/withdraw").hasRole("SPONSOR")
                        .requestMatchers(HttpMethod.POST, "/ad-requests/*/apply").hasRole("INFLUENCER")
                        .requestMatchers(HttpMethod.POST, "/ad-requests/**").hasAnyRole("SPONSOR", "INFLUENCER")
                        .requestMatchers("/campaigns/*/ledger", "/campaigns/*/ledger.csv")
                        .hasAnyRole("SPONSOR", "ADMIN", "AUDITOR")
                        .requestMatchers("/influencer/**", "/influencer").hasRole("INFLUENCER")
                        .requestMatchers("/profile/export", "/profile/export.json").authenticated()
                        .requestMatchers("/search", "/profile/**", "/profile").hasAnyRole("SPONSOR", "INFLUENCER")
                        .requestMatchers("/admin/**", "/admin").hasRole("ADMIN")
                        .requestMatchers("/audit/admin-actions", "/audit/admin-actions.csv", "/audit/record",
                                "/audit/record/verification").hasAnyRole("ADMIN", "AUDITOR")
                        .anyRequest().authenticated())
                .formLogin(login -> login
                        .loginPage("/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/", true)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                + " frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }
}
