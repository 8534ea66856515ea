/** The lead HTTP API: requests validated into commands, leads rendered with contact data masked where B-3 says so. */
package com.acme.crm.lead.lead.web;
