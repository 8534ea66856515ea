/** Feeds the funnel from lead-service's and customer-service's events, once per event (inbox). */
package com.acme.crm.analytics.funnel.messaging;
