package com.sponsorship.web.config;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An in-memory token store would silently replay every projection at each start; refuse to run
 * unless tokens are kept in PostgreSQL.
 */
@Component
class AxonStorageCheck {

    private final TokenStore tokenStore;

    AxonStorageCheck(TokenStore tokenStore) {
        this.tokenStore = tokenStore;
    }

    @EventListener(ApplicationStartedEvent.class)
    void verifyTokenStore() {
        if (!(tokenStore instanceof JpaTokenStore)) {
            throw new IllegalStateException("Projections need the JPA token store, but "
                    + tokenStore.getClass().getName() + " is configured");
        }
    }
}
