/** Publishes the feedback loop's closing through the outbox. */
@NullMarked
package com.acme.crm.aftersales.feedback.messaging;

import org.jspecify.annotations.NullMarked;
