/** The lead read HTTP API: queues, one lead, its contact data (audited, B-3), contacts and history. */
package com.acme.crm.lead.queue.web;
