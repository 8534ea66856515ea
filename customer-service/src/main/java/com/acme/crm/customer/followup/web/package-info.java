/** The follow-up HTTP API: touches, pauses and the due list. */
package com.acme.crm.customer.followup.web;
