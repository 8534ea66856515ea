/**
 * aftersales-service: tickets and complaints, packaged by feature, for the customers customer-service
 * registers.
 */
@NullMarked
package com.acme.crm.aftersales;

import org.jspecify.annotations.NullMarked;
