/** Consumes customer-service's events: known customers for duplicate matching (L-3), converted leads' customer ids (L-6). */
package com.acme.crm.lead.capture.messaging;
