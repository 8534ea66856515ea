/** Weekly visit plans: next week's visits, due before the last working day ends, confirmed into due-list tasks. */
package com.acme.crm.customer.visitplan;
