/** A converted lead's contact data, fetched from lead-service by a leased job with backoff and filed as the customer's first contact person (L-6, B-3). */
package com.acme.crm.customer.leadcontact;
