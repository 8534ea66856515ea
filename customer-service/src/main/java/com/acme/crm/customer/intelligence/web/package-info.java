/** The market intelligence API (N-9): file, list, read and acknowledge reports. */
package com.acme.crm.customer.intelligence.web;
