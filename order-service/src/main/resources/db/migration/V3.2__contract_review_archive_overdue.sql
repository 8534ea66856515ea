-- order-service, O-13: the signed contract is archived the same day. The end-of-day check stamps a contract still
-- unarchived once its signature's business day has ended (once: the stamp is its claim), and the manager lists them;
-- archiving the document later clears the stamp.
alter table contract_review add column archive_overdue_at timestamptz;
-- the check's claim: signed, not archived, not yet flagged, oldest signature first.
create index contract_review_archive_due on contract_review (signed_at)
    where signed_at is not null and archived_at is null and archive_overdue_at is null;
-- the manager's list: flagged and still unarchived.
create index contract_review_archive_overdue on contract_review (archive_overdue_at)
    where archive_overdue_at is not null;
