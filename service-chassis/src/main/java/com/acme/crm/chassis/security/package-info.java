/** JWT bearer authentication on every API endpoint, the platform's roles, and the caller as a {@link com.acme.crm.chassis.security.CrmUser}. */
package com.acme.crm.chassis.security;
