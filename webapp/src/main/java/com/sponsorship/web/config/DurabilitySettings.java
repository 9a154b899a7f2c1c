package com.sponsorship.web.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The PostgreSQL settings that decide whether an acknowledged commit survives a crash. */
record DurabilitySettings(String fsync, String synchronousCommit, String fullPageWrites) {

    static DurabilitySettings of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return new DurabilitySettings(show(statement, "fsync"), show(statement, "synchronous_commit"),
                    show(statement, "full_page_writes"));
        }
    }

    /** fsync off or synchronous_commit off: a crash loses commits already acknowledged to users. */
    List<String> unsafe() {
        List<String> unsafe = new ArrayList<>();
        if (fsync.equals("off")) {
            unsafe.add("fsync=off");
        }
        if (synchronousCommit.equals("off")) {
            unsafe.add("synchronous_commit=off");
        }
        return unsafe;
    }

    /** full_page_writes off risks torn pages on a power loss unless the file system writes pages atomically. */
    boolean tornPagesPossible() {
        return fullPageWrites.equals("off");
    }

    @Override
    public String toString() {
        return "fsync=" + fsync + ", synchronous_commit=" + synchronousCommit + ", full_page_writes=" + fullPageWrites;
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (var result = statement.executeQuery("show " + setting)) {
            result.next();
            return result.getString(1);
        }
    }
}
