/** RFC 9457 problem details for every refusal: bad fields, unknown resources, conflicts and domain rules. */
package com.acme.crm.chassis.web;
