/** The import HTTP API: a JSON array or CSV, each row answered with its own outcome. */
package com.acme.crm.lead.importing.web;
