package com.sponsorship.web.common;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Blocking reads through the query gateway, for pages and API calls. */
@Component
public class PlatformQueries {

    private final QueryGateway gateway;

    PlatformQueries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R fetch(Object query, Class<R> type) {
        return gateway.query(query, ResponseTypes.instanceOf(type)).join();
    }

    public <R> Optional<R> find(Object query, Class<R> type) {
        return gateway.query(query, ResponseTypes.optionalInstanceOf(type)).join();
    }
}
