/** The daily plan HTTP API: submit, decide, review, list, and who has not submitted. */
package com.acme.crm.customer.plan.web;
