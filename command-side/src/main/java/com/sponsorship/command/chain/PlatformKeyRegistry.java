package com.sponsorship.command.chain;

import com.sponsorship.audit.PlatformKey;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The platform's public key in {@code platform_signing_key}: the first instance's key, the same for every instance. */
public class PlatformKeyRegistry {

    private final JdbcTemplate jdbc;

    public PlatformKeyRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers {@code key} unless one is registered already; returns the one that is. */
    public PlatformKey register(PlatformKey key) {
        jdbc.update("insert into platform_signing_key (id, algorithm, public_key) values (1, ?, ?) on conflict (id) do nothing",
                key.algorithm(), Base64.getDecoder().decode(key.publicKey()));
        return registered().orElseThrow();
    }

    public Optional<PlatformKey> registered() {
        return jdbc.query("select algorithm, public_key from platform_signing_key where id = 1",
                (row, number) -> new PlatformKey(row.getString(1), Base64.getEncoder().encodeToString(row.getBytes(2))))
                .stream().findFirst();
    }
}
