package com.acme.crm.lead.lead.web;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.lead.lead.LeadEventPublisher;
import com.acme.crm.lead.lead.TeamRoster;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** L-8: a team's reps in round-robin order; its manager (or a director, the general manager) sets it, and TeamRosterSet tells the others. */
@Tag(name = "Teams", description = "The teams' round-robin rosters")
@RestController
@RequestMapping("/api/teams/{team}/members")
class TeamController {

    private final TeamRoster roster;
    private final AuditLog audit;
    private final TransactionalOperator transactions;
    private final LeadEventPublisher events;
    private final Clock clock;

    TeamController(TeamRoster roster, AuditLog audit, TransactionalOperator transactions,
                   LeadEventPublisher events, Clock clock) {
        this.roster = roster;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Operation(summary = "Read a team's round-robin roster (L-8)")
    @GetMapping
    @PreAuthorize(LeadAccess.READERS)
    Mono<Members> members(@PathVariable String team) {
        return roster.members(team).map(Members::new);
    }

    @Operation(summary = "Set a team's round-robin roster (L-8)")
    @PutMapping
    @PreAuthorize(LeadAccess.ROSTER_KEEPERS)
    Mono<Members> replace(@PathVariable String team, @Valid @RequestBody Members request, CrmUser user) {
        if (!user.hasAny(Role.SALES_DIRECTOR, Role.GENERAL_MANAGER) && !team.equals(user.team())) {
            throw new AccessDeniedException("A manager sets the roster of their own team");
        }
        List<String> members = List.copyOf(new LinkedHashSet<>(request.members()));
        return transactions.transactional(roster.replace(team, members)
                .then(events.rosterSet(team, members, user.id(), clock.instant()))
                .then(audit.record(user.id(), "ROSTER_SET", "team", team, Map.of("members", members))))
                .thenReturn(new Members(members));
    }

    record Members(@NotNull @Size(max = 200) List<@NotBlank @Size(max = 64) String> members) {
    }
}
