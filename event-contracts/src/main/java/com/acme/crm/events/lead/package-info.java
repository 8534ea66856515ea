/**
 * Events published by lead-service on {@code crm.lead.events}.
 */
@NullMarked
package com.acme.crm.events.lead;

import org.jspecify.annotations.NullMarked;
