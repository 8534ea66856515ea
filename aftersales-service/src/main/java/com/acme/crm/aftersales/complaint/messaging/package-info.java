/**
 * Publishes complaint events to crm.aftersales.events through the chassis outbox.
 */
@NullMarked
package com.acme.crm.aftersales.complaint.messaging;

import org.jspecify.annotations.NullMarked;
