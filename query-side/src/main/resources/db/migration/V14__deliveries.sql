-- The deliveries read model (DeliveryProjection): one row per deliverable of an agreed deal, for
-- the influencer's "To deliver" and the sponsor's "To review" queues.
create table delivery_view (
    negotiation_id varchar(36)  not null,
    number         integer      not null,
    campaign_id    varchar(36)  not null,
    sponsor_id     varchar(36)  not null,
    influencer_id  varchar(36)  not null,
    kind           varchar(30),
    item_count     integer,
    description    varchar(250),
    status         varchar(30)  not null,
    due_date       date,
    draft_url      varchar(500),
    submitted_at   timestamp(6) with time zone,
    review_by      timestamp(6) with time zone,
    live_url       varchar(500),
    change_rounds  integer      not null,
    primary key (negotiation_id, number)
);
-- each queue's order within one party's rows
create index delivery_view_influencer_idx on delivery_view (influencer_id, due_date, negotiation_id, number);
create index delivery_view_sponsor_idx on delivery_view (sponsor_id, status, submitted_at, negotiation_id, number);

-- The terms on the table of negotiations not concluded yet: an agreement that names no terms
-- (stored before terms existed) agrees to these. Dropped when the negotiation concludes.
create table delivery_offer (
    negotiation_id varchar(36) not null primary key,
    terms          text
);
