/** The call-log API: a rep's log of a day, its closure and review, and a team's logs for the manager. */
package com.acme.crm.lead.calllog.web;
