/** The shared runtime every service stands on; it holds no domain code. */
package com.acme.crm.chassis;
