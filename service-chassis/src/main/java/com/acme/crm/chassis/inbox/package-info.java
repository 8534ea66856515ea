/**
 * The idempotent consumer: each event id is processed once per consumer, in the same transaction as its effects;
 * unreadable events go to the dead-letter topic and the consumer goes on.
 */
package com.acme.crm.chassis.inbox;
