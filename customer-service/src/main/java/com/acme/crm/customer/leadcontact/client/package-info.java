/** Reads a converted lead's contact data from lead-service's API with this service's client credentials (L-6, B-3). */
package com.acme.crm.customer.leadcontact.client;
