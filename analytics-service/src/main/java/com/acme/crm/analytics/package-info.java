/** analytics-service: builds managers' views (funnel, ROI, churn) from every other service's events. */
package com.acme.crm.analytics;
