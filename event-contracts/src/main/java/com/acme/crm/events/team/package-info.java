/**
 * Events about sales teams, published by lead-service (which keeps the round-robin rosters) on {@code crm.lead.events}.
 */
@NullMarked
package com.acme.crm.events.team;

import org.jspecify.annotations.NullMarked;
