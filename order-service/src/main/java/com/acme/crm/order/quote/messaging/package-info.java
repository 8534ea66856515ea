/**
 * Publishes quote events through the outbox.
 */
@NullMarked
package com.acme.crm.order.quote.messaging;

import org.jspecify.annotations.NullMarked;
