/** The capture HTTP API: a capture request validated into a command (L-1), a duplicate refused as 409 (L-3). */
package com.acme.crm.lead.capture.web;
