/**
 * Events about the reps' daily call logs, published by lead-service on {@code crm.lead.events}, keyed by the
 * rep's id.
 */
@NullMarked
package com.acme.crm.events.calllog;

import org.jspecify.annotations.NullMarked;
