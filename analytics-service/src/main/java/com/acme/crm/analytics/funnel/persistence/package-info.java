/** The funnel table in PostgreSQL, through R2DBC. */
package com.acme.crm.analytics.funnel.persistence;
