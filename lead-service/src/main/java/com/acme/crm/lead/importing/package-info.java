/** Importing a trade-show list: many captures in chunks, with the rules of a single capture. */
package com.acme.crm.lead.importing;
