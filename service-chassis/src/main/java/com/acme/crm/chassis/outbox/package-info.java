/**
 * The transactional outbox: an event is written in the same transaction as the state change it reports, and a
 * relay publishes it to Kafka afterwards, so a committed change is never without its event and vice versa.
 */
package com.acme.crm.chassis.outbox;
