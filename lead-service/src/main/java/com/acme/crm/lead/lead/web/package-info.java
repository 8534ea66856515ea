/** The commands on one lead over HTTP, and how a lead is shown: contact data masked where B-3 says so. */
package com.acme.crm.lead.lead.web;
