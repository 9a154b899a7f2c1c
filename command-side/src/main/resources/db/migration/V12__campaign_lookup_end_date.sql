-- A request without terms is due at its campaign's end, which the negotiation reads from the
-- lookup. Campaigns created before learn it from the campaigns read model (always up to date
-- enough: the end date only moves by an edit, which both follow); any without a row keep null.
alter table campaign_lookup add column end_date date;
update campaign_lookup l set end_date = c.end_date from campaign_view c where c.id = l.campaign_id;
