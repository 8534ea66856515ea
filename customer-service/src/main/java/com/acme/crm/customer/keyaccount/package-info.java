/** C-12: the key-account rhythm: quarterly business reviews for A-tier customers and in-depth conversations for active ones, as tasks. */
package com.acme.crm.customer.keyaccount;
