/** Publishes weekly visit plan events as the R-4 integration contract through the outbox. */
package com.acme.crm.customer.visitplan.messaging;
