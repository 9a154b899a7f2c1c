-- What the deal charts need of each negotiation: its campaign, the offers made (rounds), when the
-- first offer was made and when it was agreed, the due date on the table, and after agreement the
-- amount agreed, what a cancellation released and what is paid. Rows of negotiations from before
-- stay null until the statistics are rebuilt.
alter table stats_negotiation add column campaign_id    varchar(36);
alter table stats_negotiation add column rounds         integer;
alter table stats_negotiation add column first_offer_at timestamp(6) with time zone;
alter table stats_negotiation add column agreed_at      timestamp(6) with time zone;
alter table stats_negotiation add column due_date       date;
alter table stats_negotiation add column agreed         numeric(15, 2);
alter table stats_negotiation add column released       numeric(15, 2);
alter table stats_negotiation add column paid           numeric(15, 2);

create index stats_negotiation_campaign on stats_negotiation (campaign_id);
-- overdue deals are counted when the chart is drawn: only deals in progress are looked at
create index stats_negotiation_in_progress on stats_negotiation (due_date) where status = 'AGREED';

-- each campaign's budget, for the sponsor's spend vs budget chart
create table stats_campaign (
    id         varchar(36)                 not null primary key,
    sponsor_id varchar(36)                 not null,
    name       varchar(45)                 not null,
    budget     numeric(15, 2)              not null,
    created_at timestamp(6) with time zone not null
);
create index stats_campaign_sponsor on stats_campaign (sponsor_id, created_at);

-- each payment's amount, date and whether it counts (not disputed), for earnings per month
create table stats_payment (
    negotiation_id varchar(36)    not null,
    payment_id     varchar(36)    not null,
    amount         numeric(15, 2) not null,
    paid_on        date           not null,
    counts         boolean        not null,
    primary key (negotiation_id, payment_id)
);
