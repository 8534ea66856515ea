/** C-11: the customer profile (decision chain, budget, decision time, preferences, anniversary, contacts' birthdays) and its date reminders. */
package com.acme.crm.customer.profile;
