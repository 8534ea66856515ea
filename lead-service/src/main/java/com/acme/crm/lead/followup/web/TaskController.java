package com.acme.crm.lead.followup.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.lead.LeadAccess;
import com.acme.crm.lead.followup.DueTasks;
import com.acme.crm.lead.followup.LeadTasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.util.List;

/** L-7: the caller's lead tasks that are due (a manager sees the team's), earliest first. */
@Tag(name = "Lead tasks", description = "The lead tasks that are due")
@RestController
class TaskController {

    private final DueTasks dueTasks;

    TaskController(DueTasks dueTasks) {
        this.dueTasks = dueTasks;
    }

    @Operation(summary = "List the caller's due lead tasks (L-7)")
    @GetMapping("/api/lead-tasks")
    @PreAuthorize(LeadAccess.READERS)
    Mono<List<LeadTasks.Task>> due(CrmUser user) {
        return dueTasks.of(user, 500).collectList();
    }
}
