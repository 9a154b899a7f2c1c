-- Read models: rebuilt from the event store at any time, so no foreign keys between them.
create table account_view (
    id            varchar(36)  not null primary key,
    role          varchar(20)  not null,
    name          varchar(45)  not null,
    email         varchar(254) not null,
    industry      varchar(40),
    category      varchar(40),
    reach         bigint,
    flagged       boolean      not null default false,
    flag_reason   varchar(250),
    removed       boolean      not null default false,
    registered_at timestamp(6) with time zone not null
);

create table campaign_view (
    id            varchar(36)   not null primary key,
    sponsor_id    varchar(36)   not null,
    name          varchar(45)   not null,
    description   varchar(250),
    goals         varchar(250),
    category      varchar(40)   not null,
    budget        numeric(15, 2) not null,
    agreed_amount numeric(15, 2) not null,
    visibility    varchar(20)   not null,
    status        varchar(20)   not null,
    start_date    date          not null,
    end_date      date          not null,
    flagged       boolean       not null default false,
    created_at    timestamp(6) with time zone not null
);
-- "My campaigns": one sponsor's campaigns, newest first
create index campaign_view_sponsor_idx on campaign_view (sponsor_id, created_at desc, id);

create table negotiation_view (
    id             varchar(36)    not null primary key,
    campaign_id    varchar(36)    not null,
    sponsor_id     varchar(36)    not null,
    influencer_id  varchar(36),
    status         varchar(30)    not null,
    payment_amount numeric(15, 2) not null,
    message        varchar(250),
    requirements   varchar(250),
    opened_at      timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null
);
create index negotiation_view_campaign_idx on negotiation_view (campaign_id, opened_at desc, id);
create index negotiation_view_sponsor_idx on negotiation_view (sponsor_id, updated_at desc, id);
create index negotiation_view_influencer_idx on negotiation_view (influencer_id, updated_at desc, id);

-- Statistics: small counter tables kept by the statistics projection, so a chart never scans
-- the negotiations. scope is '*' for the whole platform, or a sponsor's / influencer's id.
create table stats_monthly (
    metric varchar(20) not null,
    scope  varchar(36) not null,
    month  char(7)     not null,
    count  bigint      not null,
    primary key (metric, scope, month)
);

create table stats_distribution (
    kind   varchar(10) not null,
    scope  varchar(36) not null,
    bucket varchar(30) not null,
    count  bigint      not null,
    primary key (kind, scope, bucket)
);

-- what each negotiation currently counts towards, so a change moves it from one bucket to another
create table stats_negotiation (
    id             varchar(36) not null primary key,
    sponsor_id     varchar(36) not null,
    influencer_id  varchar(36),
    status         varchar(30) not null,
    payment_bucket varchar(30) not null
);
