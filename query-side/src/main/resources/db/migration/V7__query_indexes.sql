-- Indexes that keep every list and search a short index scan at a million rows.

-- "name contains" in any case: trigram GIN indexes serve lower(name) like '%text%'
create extension if not exists pg_trgm;
create index campaign_view_name_trgm_idx on campaign_view using gin (lower(name) gin_trgm_ops);
create index account_view_name_trgm_idx on account_view using gin (lower(name) gin_trgm_ops);

-- influencer search for sponsors, by reach, optionally one category
create index account_view_influencers_by_reach_idx on account_view (reach desc, id)
    where role = 'INFLUENCER' and not flagged and not removed;
create index account_view_influencers_by_category_idx on account_view (category, reach desc, id)
    where role = 'INFLUENCER' and not flagged and not removed;
-- admin list of accounts, newest first, all or one role
create index account_view_newest_idx on account_view (registered_at desc, id);
create index account_view_role_newest_idx on account_view (role, registered_at desc, id);

-- campaign search for influencers, by budget, optionally one category
create index campaign_view_searchable_by_budget_idx on campaign_view (budget desc, id)
    where visibility = 'PUBLIC' and status = 'OPEN' and not flagged;
create index campaign_view_searchable_by_category_idx on campaign_view (category, budget desc, id)
    where visibility = 'PUBLIC' and status = 'OPEN' and not flagged;
-- admin list of campaigns, newest first
create index campaign_view_newest_idx on campaign_view (created_at desc, id);

-- negotiation lists: a campaign's, everyone's (admin), the ones open to any influencer
drop index negotiation_view_campaign_idx;
create index negotiation_view_campaign_idx on negotiation_view (campaign_id, updated_at desc, id);
create index negotiation_view_recent_idx on negotiation_view (updated_at desc, id);
create index negotiation_view_open_idx on negotiation_view (opened_at desc, id) where status = 'OPEN';
