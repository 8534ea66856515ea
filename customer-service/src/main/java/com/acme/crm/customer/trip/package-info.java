/** Business trips: a request naming the customers, the team manager's decision, and the report after the trip. */
package com.acme.crm.customer.trip;
