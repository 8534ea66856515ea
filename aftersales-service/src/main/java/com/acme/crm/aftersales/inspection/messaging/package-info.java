/** Consumes OrderAccepted on crm.order.events for inspections and publishes InspectionDue through the outbox. */
@NullMarked
package com.acme.crm.aftersales.inspection.messaging;

import org.jspecify.annotations.NullMarked;
