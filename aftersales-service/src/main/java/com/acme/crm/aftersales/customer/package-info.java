/**
 * Who owns which customer and in which team, learned from customer-service's events, and the team rosters from lead-service; the data scope of after-sales records is read from it.
 */
@NullMarked
package com.acme.crm.aftersales.customer;

import org.jspecify.annotations.NullMarked;
