/** Team rosters and customer owners as lead- and customer-service publish them, kept by the services that scope by them. */
package com.acme.crm.chassis.team;
