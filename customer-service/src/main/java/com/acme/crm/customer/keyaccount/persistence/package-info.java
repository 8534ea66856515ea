/** The rhythm tasks opened per customer and quarter, and the manager's quarter view in one statement. */
package com.acme.crm.customer.keyaccount.persistence;
