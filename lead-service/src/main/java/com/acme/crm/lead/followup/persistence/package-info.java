/** Lead tasks in PostgreSQL, through R2DBC; at most one open task of a kind per lead. */
package com.acme.crm.lead.followup.persistence;
