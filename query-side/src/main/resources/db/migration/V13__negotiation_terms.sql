-- The terms on the table (JSON, see TermsColumn) and when the offer waiting for an answer expires.
-- Rows of negotiations from before stay null until a rebuild fills them from the upcast events.
alter table negotiation_view add column terms text;
alter table negotiation_view add column expires_at timestamp(6) with time zone;
