/** Call logs, their added calls and questions, and the customer-call projection in PostgreSQL, through R2DBC. */
package com.acme.crm.lead.calllog.persistence;
