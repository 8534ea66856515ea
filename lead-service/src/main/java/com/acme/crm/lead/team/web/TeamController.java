package com.acme.crm.lead.team.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.lead.LeadAccess;
import com.acme.crm.lead.team.TeamRosters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.util.List;

/** L-8: a team's reps in round-robin order; its manager (or a director, the general manager) sets it, and TeamRosterSet tells the others. */
@Tag(name = "Teams", description = "The teams' round-robin rosters")
@RestController
@RequestMapping("/api/teams/{team}/members")
class TeamController {

    private final TeamRosters rosters;

    TeamController(TeamRosters rosters) {
        this.rosters = rosters;
    }

    @Operation(summary = "Read a team's round-robin roster (L-8)")
    @GetMapping
    @PreAuthorize(LeadAccess.READERS)
    Mono<Members> members(@PathVariable String team) {
        return rosters.members(team).map(Members::new);
    }

    @Operation(summary = "Set a team's round-robin roster (L-8)")
    @PutMapping
    @PreAuthorize(LeadAccess.ROSTER_KEEPERS)
    Mono<Members> replace(@PathVariable String team, @Valid @RequestBody Members request, CrmUser user) {
        if (!user.hasAny(Role.SALES_DIRECTOR, Role.GENERAL_MANAGER) && !team.equals(user.team())) {
            throw new AccessDeniedException("A manager sets the roster of their own team");
        }
        return rosters.replace(team, request.members(), user.id()).map(Members::new);
    }

    record Members(@NotNull @Size(max = 200) List<@NotBlank @Size(max = 64) String> members) {
    }
}
