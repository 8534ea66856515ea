/** The customer aggregate and its store: who the customer is, who owns it, its tier, pauses and contacts (C-1, C-6 to C-9, B-1, B-3). */
package com.acme.crm.customer.customer;
