/** Customer-service's phone touches into the call logs (through the inbox), and CallLogClosed out through the outbox. */
package com.acme.crm.lead.calllog.messaging;
