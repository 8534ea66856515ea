/** The weekly visit plan HTTP API: submit, confirm, list, read and history. */
package com.acme.crm.customer.visitplan.web;
