/** Publishes filed market intelligence (N-9) through the outbox on crm.customer.events, keyed by the report. */
package com.acme.crm.customer.intelligence.messaging;
