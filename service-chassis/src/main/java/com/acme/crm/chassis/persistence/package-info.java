/**
 * The chassis' own tables (outbox, inbox), migrated ahead of each service's schema with a history of their own; the
 * one transactional operator; and the helpers every service's hand-written SQL shares (versioned updates, data-scope
 * conditions, row values).
 */
package com.acme.crm.chassis.persistence;
