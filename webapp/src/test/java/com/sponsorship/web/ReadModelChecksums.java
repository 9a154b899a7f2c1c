package com.sponsorship.web;

import com.sponsorship.query.runtime.ReadModel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** A checksum of every read-model table (row count and an md5 over its ordered rows), to compare before and after. */
final class ReadModelChecksums {

    private ReadModelChecksums() {
    }

    static Map<String, String> of(JdbcTemplate jdbc) {
        Map<String, String> checksums = new LinkedHashMap<>();
        ReadModel.ALL.stream().flatMap(model -> model.tables().stream()).forEach(table -> checksums.put(table,
                jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                        + " from " + table + " t", String.class)));
        return checksums;
    }
}
