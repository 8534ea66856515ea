/** Stores referral requests, referred leads and referral rewards (L-9) in PostgreSQL. */
package com.acme.crm.customer.referral.persistence;
