/**
 * HTTP API of requirements, /api/requirements.
 */
@NullMarked
package com.acme.crm.order.requirement.web;

import org.jspecify.annotations.NullMarked;
