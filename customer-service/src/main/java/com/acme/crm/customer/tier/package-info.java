/** What purchases say about a customer: its tier and a manager's A pin (C-1), the dedicated account manager (C-3) and dormancy (C-9). */
package com.acme.crm.customer.tier;
