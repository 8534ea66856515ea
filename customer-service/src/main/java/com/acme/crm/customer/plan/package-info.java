/** Daily plans and reviews: the rep's morning plan, the manager's decision and the evening review against it. */
package com.acme.crm.customer.plan;
