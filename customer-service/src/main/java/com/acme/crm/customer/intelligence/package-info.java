/** Market intelligence (N-9): competitor and market reports the sales team files, routed to a product department's queue. */
package com.acme.crm.customer.intelligence;
