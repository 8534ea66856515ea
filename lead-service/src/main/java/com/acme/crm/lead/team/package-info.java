/** Teams: each team's reps in round-robin order, who gets the next unassigned lead (L-8). */
package com.acme.crm.lead.team;
