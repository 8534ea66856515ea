-- Audit trail: commands and reads of confidential data (B-3), by actor and resource.
create table audit_log (
    id            bigserial primary key,
    at            timestamptz not null,
    actor         text        not null,
    action        text        not null,
    resource_type text        not null,
    resource_id   text        not null,
    details       jsonb       not null default '{}'::jsonb
);
create index audit_log_resource on audit_log (resource_type, resource_id, at);
create index audit_log_actor on audit_log (actor, at);
