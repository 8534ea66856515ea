/** The tier HTTP API: a manager's A pin and the dedicated account manager. */
package com.acme.crm.customer.tier.web;
