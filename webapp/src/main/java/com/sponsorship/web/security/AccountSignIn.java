package com.sponsorship.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs in an account that has just proved who it is by registering, so the new user lands on
 * their dashboard instead of being asked for the password they just chose.
 */
@Component
public class AccountSignIn {

    private final PlatformUserDetailsService users;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountSignIn(PlatformUserDetailsService users) {
        this.users = users;
    }

    public PlatformUser signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        PlatformUser user = users.loadUserByUsername(email);
        // as after a password sign-in: the session keeps no hash
        user.eraseCredentials();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
        return user;
    }
}
