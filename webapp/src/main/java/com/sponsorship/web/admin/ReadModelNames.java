package com.sponsorship.web.admin;

import com.sponsorship.query.runtime.ReadModel;
import com.sponsorship.web.common.NotFoundException;
import java.util.List;

/** The read models a request names: one by name, or all of them when no name is given. */
public final class ReadModelNames {

    private ReadModelNames() {
    }

    public static List<ReadModel> resolve(String name) {
        return name == null ? ReadModel.ALL : List.of(one(name));
    }

    public static ReadModel one(String name) {
        return ReadModel.named(name).orElseThrow(() -> new NotFoundException("Projection " + name));
    }
}
