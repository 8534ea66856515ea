/** Tender events to the outbox as the published {@code crm.tender.*.v1} contract. */
@NullMarked
package com.acme.crm.order.tender.messaging;

import org.jspecify.annotations.NullMarked;
