/** The customer 360 view, brought together from the customer, its visits and its follow-ups. */
package com.acme.crm.customer.overview;
