-- Command-side lookups that aggregates consult across aggregate boundaries (flags, closed
-- campaigns, open negotiations). Written by a subscribing processor in the command's transaction.
create table account_lookup (
    account_id varchar(36) not null primary key,
    role       varchar(20) not null,
    flagged    boolean     not null,
    removed    boolean     not null
);

create table campaign_lookup (
    campaign_id varchar(36) not null primary key,
    sponsor_id  varchar(36) not null,
    closed      boolean     not null,
    flagged     boolean     not null
);
create index campaign_lookup_open_of_sponsor_idx on campaign_lookup (sponsor_id) where not closed;

create table negotiation_lookup (
    negotiation_id varchar(36) not null primary key,
    campaign_id    varchar(36) not null,
    influencer_id  varchar(36),
    concluded      boolean     not null
);
create index negotiation_lookup_open_of_campaign_idx on negotiation_lookup (campaign_id) where not concluded;
create index negotiation_lookup_open_of_influencer_idx on negotiation_lookup (influencer_id) where not concluded;
