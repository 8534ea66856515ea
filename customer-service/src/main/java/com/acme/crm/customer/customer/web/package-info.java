/** The customer HTTP API: requests validated into commands, customers rendered with contact data masked where B-3 says so. */
package com.acme.crm.customer.customer.web;
