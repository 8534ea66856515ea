/** The customer read API, the customer views every feature answers with (contact data masked where B-3 says so), and who may call. */
package com.acme.crm.customer.customer.web;
