/** The visit HTTP API: filing visits, listing them, and asking for and deciding visit plans. */
package com.acme.crm.customer.visit.web;
