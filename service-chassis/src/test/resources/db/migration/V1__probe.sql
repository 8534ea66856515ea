create table probe_note (id uuid primary key, text text not null);
create table received_lead (lead_id uuid primary key, channel text not null);
