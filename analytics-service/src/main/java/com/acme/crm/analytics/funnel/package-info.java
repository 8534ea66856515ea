/** N-1: the sales funnel, from lead captured to order signed, by channel, rep, team and period. */
package com.acme.crm.analytics.funnel;
