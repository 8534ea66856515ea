/**
 * Who owns which customer and in which team, learned from customer-service's events; quotes and requirements follow it.
 */
@NullMarked
package com.acme.crm.order.customer;

import org.jspecify.annotations.NullMarked;
