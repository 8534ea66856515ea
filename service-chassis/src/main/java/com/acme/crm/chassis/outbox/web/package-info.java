/** The operators' HTTP view of the outbox: parked events and their redrive. */
package com.acme.crm.chassis.outbox.web;
