/** The audit trail: who did or read what, when (rule B-3 reads of contact data among them). */
package com.acme.crm.chassis.audit;
