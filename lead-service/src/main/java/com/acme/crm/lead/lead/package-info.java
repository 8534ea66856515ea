/** Leads: capture, first-contact deadlines and the queues reps work from (rules L-1 to L-8). */
package com.acme.crm.lead.lead;
