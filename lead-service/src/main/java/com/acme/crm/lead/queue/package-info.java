/** Reading leads: the queues reps work from, one lead, its contacts and its history, within the caller's data scope. */
package com.acme.crm.lead.queue;
