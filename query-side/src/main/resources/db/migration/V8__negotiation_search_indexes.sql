-- The negotiation search of auditors and admins (FindNegotiationsQuery with filters), at a million rows.
-- Campaign, sponsor and influencer names go through the trigram indexes of V7 on campaign_view and
-- account_view, then to negotiations by id through negotiation_view_{campaign,sponsor,influencer}_idx.

-- one status, most recently changed first (also counts a status without touching the table)
create index negotiation_view_status_idx on negotiation_view (status, updated_at desc, id);
-- "opened between" date ranges, listed most recently opened first
create index negotiation_view_opened_idx on negotiation_view (opened_at desc, id);
