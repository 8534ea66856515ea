/** The customer 360 HTTP API, contact data masked where B-3 says so. */
package com.acme.crm.customer.overview.web;
