/** Trace context across HTTP, the outbox and Kafka, and the platform's common metric tags. */
package com.acme.crm.chassis.observability;
