/** Periodic work that stays safe at any volume: bounded, drained batches in transactions that cannot outlive a timeout. */
package com.acme.crm.chassis.jobs;
