/** Orders: the contract a signed quote becomes, its fulfilment, acceptance and changes to its terms (rules O-3 to O-7, O-9). */
package com.acme.crm.order.order;
