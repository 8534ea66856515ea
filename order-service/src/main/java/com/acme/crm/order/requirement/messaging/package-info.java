/**
 * Publishes RequirementConfirmed through the outbox.
 */
@NullMarked
package com.acme.crm.order.requirement.messaging;

import org.jspecify.annotations.NullMarked;
