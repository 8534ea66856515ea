/**
 * Customer feedback: classified, routed to the R&D, after-sales or operations queue, and closed with a task to
 * tell the customer when the improvement ships.
 */
@NullMarked
package com.acme.crm.aftersales.feedback;

import org.jspecify.annotations.NullMarked;
