/** Consumes OrderAccepted on crm.order.events for surveys and publishes survey events through the outbox. */
@NullMarked
package com.acme.crm.aftersales.survey.messaging;

import org.jspecify.annotations.NullMarked;
