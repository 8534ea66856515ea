/** The due lead tasks over HTTP (L-7). */
package com.acme.crm.lead.followup.web;
