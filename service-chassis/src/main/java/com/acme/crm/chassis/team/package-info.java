/** Team rosters published by lead-service, kept by the services that check team membership. */
package com.acme.crm.chassis.team;
