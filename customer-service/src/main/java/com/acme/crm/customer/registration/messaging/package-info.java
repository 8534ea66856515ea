/** Consumes lead-service's events through the inbox: converted leads (L-6) and team rosters (C-8). */
package com.acme.crm.customer.registration.messaging;
