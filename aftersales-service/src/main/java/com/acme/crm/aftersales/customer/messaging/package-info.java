/**
 * Consumes crm.customer.events and the team rosters on crm.lead.events through the chassis inbox.
 */
@NullMarked
package com.acme.crm.aftersales.customer.messaging;

import org.jspecify.annotations.NullMarked;
