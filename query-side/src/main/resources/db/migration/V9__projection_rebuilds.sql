-- One row per read model: its latest rebuild, shared by every instance on the database.
-- A rebuild runs while its heartbeat is fresh; a crashed instance's rebuild lapses.
create table projection_rebuild (
    projection    varchar(64)              not null primary key,
    owner         varchar(255)             not null,
    started_at    timestamp with time zone not null,
    heartbeat     timestamp with time zone not null,
    target        bigint                   not null,
    finished_at   timestamp with time zone,
    problem       text
);
