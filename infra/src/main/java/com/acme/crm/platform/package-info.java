/**
 * The one-command local platform behind {@code ./crm up}: PostgreSQL, a Kafka broker, a dev token issuer and the CRM services.
 */
package com.acme.crm.platform;
