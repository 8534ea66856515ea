/** Follow-up tasks in PostgreSQL, through R2DBC; scans read partial indexes of open tasks only. */
package com.acme.crm.customer.followup.persistence;
