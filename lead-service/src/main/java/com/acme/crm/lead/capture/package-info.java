/** Capturing a lead: duplicates merge or are refused, known customers are linked, owners assigned (L-1 to L-3, L-8). */
package com.acme.crm.lead.capture;
