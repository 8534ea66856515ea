/** The team roster HTTP API: managers set their team's round (L-8). */
package com.acme.crm.lead.team.web;
