/** Follow-ups: a rep's touches, the cadence and first-visit tasks, the due list, escalation, and pauses that end (C-2, C-5, C-6). */
package com.acme.crm.customer.followup;
