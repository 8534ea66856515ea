/** The handover HTTP API for managers, directors and the general manager. */
package com.acme.crm.customer.handover.web;
