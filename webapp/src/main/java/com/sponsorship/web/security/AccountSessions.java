package com.sponsorship.web.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of an account, kept in PostgreSQL and so ended on every instance at once.
 * Without the web application (no session store) there are none.
 */
@Component
public class AccountSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /** Signs the account with this email (its user name) out everywhere. */
    public void end(String email) {
        sessions.ifAvailable(store -> store.findByPrincipalName(email).keySet().forEach(store::deleteById));
    }
}
