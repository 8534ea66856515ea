-- N-1: order-service's QUOTED and SIGNED come keyed by customer, not by lead. One row per customer holds the lead it
-- was converted from (CustomerRegistered; null until known, or for a customer registered directly) and the first
-- quote and signature times. An order event that arrives before the customer is known waits here, and the
-- registration carries it over to the lead; the row lock on this row orders the two consumers.
create table funnel_customer (
    customer_id uuid primary key,
    lead_id     uuid,
    quoted_at   timestamptz,
    signed_at   timestamptz
);
