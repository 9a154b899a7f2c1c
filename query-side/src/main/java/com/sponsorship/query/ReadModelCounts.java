package com.sponsorship.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Row counts of read-model queries (a page's total) and other figures over them, remembered
 * until any event processor moves on. A count over a large read model costs a scan of it, while the rows of the page itself come
 * from an index. Reusing one is exact: the tracking tokens are committed with the rows they cover,
 * so while no token has changed no read model has changed, on any instance, since the tokens are
 * in the database. Under a steady stream of events the counts are simply recomputed.
 */
@Component
public class ReadModelCounts {

    private static final int REMEMBERED = 1_000;
    private static final String TOKENS = """
            select md5(coalesce(string_agg(processor_name || ':' || segment || ':' || coalesce(encode(token, 'hex'), ''),
                                           ',' order by processor_name, segment), ''))
            from token_entry""";

    private record Key(String tokens, String query, Map<String, Object> parameters) {
    }

    private final JdbcTemplate jdbc;
    private final Cache<Key, Object> remembered = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    public ReadModelCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The count of {@code query} with {@code parameters}, from memory if no token has moved since it was counted. */
    public long count(String query, Map<String, Object> parameters, LongSupplier counting) {
        return remembered(query, parameters, counting::getAsLong);
    }

    /** Any figure computed from the read models by {@code query}: from memory while no token has moved. */
    @SuppressWarnings("unchecked")
    public <T> T remembered(String query, Map<String, Object> parameters, Supplier<T> computing) {
        // read before computing: a figure racing a commit is then filed under the tokens before it, never after
        Key key = new Key(tokensFingerprint(), query, Map.copyOf(parameters));
        Object known = remembered.getIfPresent(key);
        if (known != null) {
            return (T) known;
        }
        // computed outside the cache: a slow count does not hold up others, and may itself ask for remembered figures
        T figure = computing.get();
        if (figure != null) {
            remembered.put(key, figure);
        }
        return figure;
    }

    /** A digest of every processor's token: while it stays the same, no read model has changed. */
    public String tokensFingerprint() {
        return jdbc.queryForObject(TOKENS, String.class);
    }
}
