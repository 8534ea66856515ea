/** Rosters and their round-robin cursors in PostgreSQL, through R2DBC. */
package com.acme.crm.lead.team.persistence;
