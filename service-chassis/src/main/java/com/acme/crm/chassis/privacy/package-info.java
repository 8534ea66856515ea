/** Rule B-3 support: contact data is matched by salted fingerprints and masked for readers outside the sales team. */
package com.acme.crm.chassis.privacy;
