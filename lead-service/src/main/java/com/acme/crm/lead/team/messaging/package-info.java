/** Publishes TeamRosterSet (contracts module) through the outbox. */
package com.acme.crm.lead.team.messaging;
