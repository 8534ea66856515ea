/** Leads: the aggregate, its rules (L-1 to L-6, L-8, B-1), its events and the commands on one lead. */
package com.acme.crm.lead.lead;
