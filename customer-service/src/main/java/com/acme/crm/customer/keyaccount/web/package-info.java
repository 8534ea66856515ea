/** The key-account rhythm HTTP API: a manager's quarter view of business reviews and completing a rhythm task (C-12). */
package com.acme.crm.customer.keyaccount.web;
