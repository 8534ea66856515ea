/** Publishes approved and reported business trips as the R-4 integration contract through the outbox. */
package com.acme.crm.customer.trip.messaging;
