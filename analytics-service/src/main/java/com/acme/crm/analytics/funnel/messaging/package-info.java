/** Feeds the funnel from lead-service's, customer-service's and order-service's events, once per event (inbox). */
package com.acme.crm.analytics.funnel.messaging;
