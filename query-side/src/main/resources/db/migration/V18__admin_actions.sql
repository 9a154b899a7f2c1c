-- The admin-actions log (AdminActionProjection): one row per admin action event, keyed by the
-- event's id. No names: the log joins account_view when it is read, so erasure needs no rewrite here.
create table admin_action_view (
    event_id  varchar(36)                 not null primary key,
    global_index bigint,
    acted_at  timestamp(6) with time zone not null,
    admin_id  varchar(36)                 not null,
    action    varchar(30)                 not null,
    target_id varchar(36),
    reason    text
);
-- newest first, whole or narrowed to one admin or one action
create index admin_action_view_at_idx on admin_action_view (acted_at desc, global_index desc);
create index admin_action_view_admin_idx on admin_action_view (admin_id, acted_at desc);
create index admin_action_view_action_idx on admin_action_view (action, acted_at desc);
