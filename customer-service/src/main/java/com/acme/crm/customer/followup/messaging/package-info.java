/** Consumes after-sales events through the inbox: a raised complaint opens a retention task. */
package com.acme.crm.customer.followup.messaging;
