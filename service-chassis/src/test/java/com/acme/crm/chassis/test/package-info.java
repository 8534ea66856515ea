/**
 * Shared test support, shipped as the chassis test-jar: one real Kafka broker and one real PostgreSQL per test
 * JVM, a database per service, real RS256 tokens from a JWK set served over HTTP, and Kafka probes.
 */
package com.acme.crm.chassis.test;
