/** The registration HTTP API: a request validated into a new customer with its people. */
package com.acme.crm.customer.registration.web;
