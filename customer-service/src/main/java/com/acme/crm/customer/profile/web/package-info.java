/** The profile HTTP API: read and replace a customer's profile (C-11), birthdays masked outside the sales team (B-3). */
package com.acme.crm.customer.profile.web;
