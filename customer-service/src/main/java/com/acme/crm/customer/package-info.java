/** customer-service: the customer master and a rep's week: who to visit, who is overdue, what was promised. */
package com.acme.crm.customer;
