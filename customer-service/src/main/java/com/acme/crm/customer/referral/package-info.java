/** Referrals (L-9): the referral request after a signed order, referred leads and the referring customer's rewards. */
package com.acme.crm.customer.referral;
