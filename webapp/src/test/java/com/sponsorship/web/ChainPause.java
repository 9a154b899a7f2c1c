package com.sponsorship.web;

import com.sponsorship.command.chain.EventChainer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * For tests that rewrite stored events by hand to make the store an old one (from before the chain):
 * while open, no instance chains; on close the chain is emptied, so the chainer starts it again from the
 * store as it now is, as it does on a store that never had one. Without it the hand edit would rightly
 * read as tampering to every later "Verify the record" on the shared test database.
 */
final class ChainPause implements AutoCloseable {

    private final Connection connection;

    private ChainPause(Connection connection) {
        this.connection = connection;
    }

    static ChainPause hold(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement lock = connection.createStatement()) {
            lock.execute("select pg_advisory_lock(" + EventChainer.LOCK + ")");
        }
        return new ChainPause(connection);
    }

    @Override
    public void close() throws SQLException {
        try (Statement restart = connection.createStatement()) {
            restart.execute("delete from event_chain_checkpoint");
            restart.execute("delete from event_chain_link");
            restart.execute("delete from event_chain_gap");
            restart.execute("select pg_advisory_unlock(" + EventChainer.LOCK + ")");
        } finally {
            connection.close();
        }
    }
}
