/** The chassis' own tables (outbox, inbox), migrated ahead of each service's schema with a history of their own. */
package com.acme.crm.chassis.persistence;
