package com.sponsorship.command.config;

import java.util.Objects;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The aggregate cache for several instances on one PostgreSQL event store: a cached aggregate is
 * used only while it is at the latest sequence number stored for it. Another instance may have
 * appended events since, and a stale copy would decide a command on an old state (refuse an
 * acceptance as "not your turn", say). Checking costs one index lookup, reading the events again
 * several rows and their deserialization.
 */
final class StoreCheckedCache implements Cache {

    private final Cache delegate;
    private final JdbcTemplate jdbc;

    StoreCheckedCache(Cache delegate, JdbcTemplate jdbc) {
        this.delegate = delegate;
        this.jdbc = jdbc;
    }

    @Override
    public <K, V> V get(K key) {
        V value = delegate.get(key);
        if (value instanceof AggregateCacheEntry<?> entry && !current(key, entry)) {
            delegate.remove(key);
            return null;
        }
        return value;
    }

    private boolean current(Object aggregateId, AggregateCacheEntry<?> entry) {
        // an in-memory entry hands back the aggregate it holds, without rebuilding it
        Long cached = entry.recreateAggregate(null, null, null).version();
        Long stored = jdbc.queryForObject("select max(sequence_number) from domain_event_entry"
                + " where aggregate_identifier = ?", Long.class, aggregateId.toString());
        return Objects.equals(cached, stored);
    }

    @Override
    public void put(Object key, Object value) {
        delegate.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return delegate.putIfAbsent(key, value);
    }

    @Override
    public boolean remove(Object key) {
        return delegate.remove(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return delegate.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return delegate.registerCacheEntryListener(cacheEntryListener);
    }
}
