/** The referral API (L-9): a customer's referred leads with their rewards, and the rewards finance pays. */
package com.acme.crm.customer.referral.web;
