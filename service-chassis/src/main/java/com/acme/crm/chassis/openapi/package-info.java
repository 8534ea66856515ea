/** What every service's OpenAPI document says alike: security, problem responses, no framework arguments. */
package com.acme.crm.chassis.openapi;
