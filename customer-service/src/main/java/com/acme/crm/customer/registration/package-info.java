/** Registration: customers registered by the sales team, or created once per converted lead (L-6), with their first follow-up (C-2). */
package com.acme.crm.customer.registration;
