/** The reps' daily call logs: the day's calls gathered, closed before the evening meeting, reviewed by the manager. */
package com.acme.crm.lead.calllog;
