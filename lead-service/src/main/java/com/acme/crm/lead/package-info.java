/** lead-service: where every lead enters the pipeline and gets its first contact on time. */
package com.acme.crm.lead;
