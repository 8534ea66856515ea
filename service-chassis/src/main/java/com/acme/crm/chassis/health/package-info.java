/**
 * What the health probes say while a dependency is away: Kafka unreachable leaves a service ready but DEGRADED
 * (commands go on through the outbox), the database unreachable takes it out of readiness.
 */
package com.acme.crm.chassis.health;
