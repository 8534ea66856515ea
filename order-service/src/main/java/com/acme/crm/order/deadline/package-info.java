/** The order clocks: deemed acceptance (O-5), delivery reminders (O-4) and overdue receivables (O-7), as jobs. */
package com.acme.crm.order.deadline;
