package com.sponsorship.web;

import com.sponsorship.command.chain.EventChainer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Holds the chainer's lock: while open, no instance chains. {@link #hold} then lets the chain go on (the
 * benchmark's figure without the chain). {@link #oldStore} then empties the chain, so the chainer starts it
 * again from the store as it now is, as on a store that never had one: for tests that rewrite stored events
 * by hand to make the store an old one, which would otherwise rightly read as tampering to every later
 * "Verify the record" on the shared test database.
 */
public final class ChainPause implements AutoCloseable {

    private final Connection connection;
    private final boolean restart;

    private ChainPause(Connection connection, boolean restart) {
        this.connection = connection;
        this.restart = restart;
    }

    public static ChainPause hold(DataSource dataSource) throws SQLException {
        return lock(dataSource, false);
    }

    static ChainPause oldStore(DataSource dataSource) throws SQLException {
        return lock(dataSource, true);
    }

    private static ChainPause lock(DataSource dataSource, boolean restart) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement lock = connection.createStatement()) {
            lock.execute("select pg_advisory_lock(" + EventChainer.LOCK + ")");
        }
        return new ChainPause(connection, restart);
    }

    @Override
    public void close() throws SQLException {
        try (Statement end = connection.createStatement()) {
            if (restart) {
                end.execute("delete from event_chain_checkpoint");
                end.execute("delete from event_chain_link");
                end.execute("delete from event_chain_gap");
            }
            end.execute("select pg_advisory_unlock(" + EventChainer.LOCK + ")");
        } finally {
            connection.close();
        }
    }
}
