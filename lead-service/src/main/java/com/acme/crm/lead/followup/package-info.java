/** Following leads up on time: L-2 breach reports, L-7 nurture tasks and the reps' due task lists. */
package com.acme.crm.lead.followup;
