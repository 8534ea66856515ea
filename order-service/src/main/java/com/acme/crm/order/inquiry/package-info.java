/**
 * Phone inquiries taken by sales support (O-16), routed to the customer's owning rep, who quotes.
 */
@NullMarked
package com.acme.crm.order.inquiry;

import org.jspecify.annotations.NullMarked;
