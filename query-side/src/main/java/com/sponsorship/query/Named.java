package com.sponsorship.query;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** A row's id and name only: what one read model's page shows of another's rows. */
public interface Named {

    String getId();

    String getName();

    /** Names by id. */
    static Map<String, String> byId(Collection<Named> rows) {
        return rows.stream().collect(Collectors.toMap(Named::getId, Named::getName));
    }
}
