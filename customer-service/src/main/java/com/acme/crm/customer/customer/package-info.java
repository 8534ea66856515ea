/** Customers: registration, tiers, visits, follow-ups, pauses, dormancy and handover (rules C-1 to C-10, B-1, B-3). */
package com.acme.crm.customer.customer;
