/**
 * Tiny fake services for the test of {@link com.acme.crm.chassis.test.ServiceArchitecture}: {@code clean} follows
 * the rules, {@code springindomain} has a domain class that uses Spring, {@code reachin} has a feature that reaches
 * into another feature's persistence.
 */
package com.acme.crm.chassis.archfixture;
