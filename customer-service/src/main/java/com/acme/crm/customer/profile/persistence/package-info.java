/** Profiles, their birthdays and the reminders already opened, in the profile's own tables. */
package com.acme.crm.customer.profile.persistence;
