/**
 * Idempotency keys on every command: a retried POST, PUT, PATCH or DELETE under {@code /api/**} with the same
 * {@code Idempotency-Key} gets the first answer again and changes nothing, whatever the endpoint.
 */
package com.acme.crm.chassis.idempotency;
