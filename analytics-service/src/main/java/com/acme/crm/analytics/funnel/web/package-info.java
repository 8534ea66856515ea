/** The funnel HTTP API. */
package com.acme.crm.analytics.funnel.web;
