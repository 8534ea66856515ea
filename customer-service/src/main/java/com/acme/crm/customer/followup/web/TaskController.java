package com.acme.crm.customer.followup.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.customer.customer.web.Callers;
import com.acme.crm.customer.followup.DueList;
import com.acme.crm.customer.followup.Task;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.util.List;

/** C-2: the due list: the caller's follow-ups due now (a manager sees the team's), paused customers left out. */
@Tag(name = "Customer tasks", description = "The customer tasks that are due")
@RestController
class TaskController {

    private final DueList dueList;

    TaskController(DueList dueList) {
        this.dueList = dueList;
    }

    @Operation(summary = "List the caller's due customer tasks")
    @GetMapping("/api/customer-tasks")
    @PreAuthorize(Callers.READERS)
    Mono<List<Task>> due(CrmUser user) {
        return dueList.due(user).collectList();
    }
}
