/** The business trip HTTP API: request, decide, report, list, read and history. */
package com.acme.crm.customer.trip.web;
