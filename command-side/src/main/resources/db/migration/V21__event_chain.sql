-- The tamper-evident record: every stored event chained (hash of the previous link and the event's
-- digest), checkpoints of the chain signed with the platform's Ed25519 key, the platform's public key,
-- and the state of the last "Verify the record", shared by every instance.

create table event_chain_link (
    link                 bigint       not null primary key,
    global_index         bigint       not null,
    event_digest         bytea        not null,
    hash                 bytea        not null,
    chained_at           timestamptz  not null default now(),
    -- the event's aggregate and sequence, as chained: with Axon Server, where the events are not in this
    -- database, a certificate finds an aggregate's positions here
    aggregate_identifier varchar(255),
    sequence_number      bigint       not null,
    constraint event_chain_link_global_index_key unique (global_index)
);

create index event_chain_link_aggregate_idx on event_chain_link (aggregate_identifier, sequence_number);

create table event_chain_checkpoint (
    id           bigserial   not null primary key,
    link         bigint      not null references event_chain_link (link),
    global_index bigint      not null,
    hash         bytea       not null,
    -- the ISO-8601 instant exactly as signed
    signed_at    varchar(40) not null,
    signature    bytea       not null
);

create index event_chain_checkpoint_link_idx on event_chain_checkpoint (link);

-- one row: the first instance's key is the platform's; an instance holding another never signs
create table platform_signing_key (
    id         smallint    not null primary key check (id = 1),
    algorithm  varchar(32) not null,
    public_key bytea       not null,
    created_at timestamptz not null default now()
);

-- one row: the last or running "Verify the record"; the instance running it (owner) beats the
-- heartbeat every batch, and a start takes over a row whose heartbeat is stale
create table record_verification (
    id                  smallint     not null primary key check (id = 1),
    state               varchar(16)  not null,
    checked_up_to       bigint       not null default 0,
    head                bigint       not null default 0,
    broken_at           bigint,
    detail              text,
    started_by          varchar(255),
    started_at          timestamptz,
    finished_at         timestamptz,
    heartbeat_at        timestamptz,
    owner               varchar(64),
    -- the newest checkpoint verified so far: its position and its time exactly as signed
    checkpoint_position bigint,
    checkpoint_at       varchar(40)
);

-- stretches of the global index the chainer found empty (an append rolled back or not committed yet),
-- from when it first saw them: it waits briefly before chaining past one, and chains an event that is
-- committed into one later while the stretch is younger than the late-event window
create table event_chain_gap (
    low        bigint      not null primary key,
    high       bigint      not null,
    first_seen timestamptz not null default now()
);
