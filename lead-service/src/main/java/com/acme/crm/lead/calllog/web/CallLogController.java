package com.acme.crm.lead.calllog.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.lead.LeadProperties;
import com.acme.crm.lead.calllog.CallLogBook;
import com.acme.crm.lead.calllog.TeamCallLogs;
import com.acme.crm.lead.lead.Contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * a rep's call log of a business day ({@code /api/call-logs/{repId}/{date}}, date in the business zone): the
 * day's lead and customer phone calls gathered, other calls and open questions added by the rep, closed before the
 * evening meeting, reviewed by the manager; and a team's logs of a date with who has not closed theirs.
 */
@Tag(name = "Call logs", description = "The reps' daily call logs and the manager's evening review (R-2)")
@RestController
@RequestMapping("/api/call-logs")
class CallLogController {

    /** Anyone in sales keeps their own log; the log's rules refuse someone else's, naming R-2. */
    static final String KEEPERS = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR','GENERAL_MANAGER')";
    static final String READERS = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER','SALES_SUPPORT')";
    static final String REVIEWERS = "hasAnyRole('SALES_MANAGER','SALES_DIRECTOR','GENERAL_MANAGER')";

    private final CallLogBook book;
    private final TeamCallLogs teams;
    private final LeadProperties properties;

    CallLogController(CallLogBook book, TeamCallLogs teams, LeadProperties properties) {
        this.book = book;
        this.teams = teams;
        this.properties = properties;
    }

    @Operation(summary = "Read a rep's call log of a day, its calls gathered (R-2)")
    @GetMapping("/{repId}/{date}")
    @PreAuthorize(READERS)
    Mono<CallLogBook.LogView> log(@PathVariable String repId,
                                  @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                  CrmUser user) {
        return book.log(repId, date, user);
    }

    @Operation(summary = "Add a call that is neither a lead nor a customer contact (R-2)")
    @PostMapping("/{repId}/{date}/calls")
    @PreAuthorize(KEEPERS)
    Mono<CallLogBook.LogView> addCall(@PathVariable String repId,
                                      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                      @Valid @RequestBody CallRequest request, CrmUser user) {
        return book.addCall(repId, date, request.outcome(), request.note(), request.at(), user);
    }

    @Operation(summary = "List an open customer question for the manager (R-2)")
    @PostMapping("/{repId}/{date}/questions")
    @PreAuthorize(KEEPERS)
    Mono<CallLogBook.LogView> ask(@PathVariable String repId,
                                  @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                  @Valid @RequestBody QuestionRequest request, CrmUser user) {
        return book.ask(repId, date, request.text().strip(), request.customerId(), request.leadId(), user);
    }

    /** 200 with the closed log (late after the deadline); 409 naming R-2 when closed already. */
    @Operation(summary = "Close the day's call log before the evening meeting (R-2)")
    @PostMapping("/{repId}/{date}/closure")
    @PreAuthorize(KEEPERS)
    Mono<CallLogBook.LogView> close(@PathVariable String repId,
                                    @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                    CrmUser user) {
        return book.close(repId, date, user);
    }

    @Operation(summary = "Mark a closed call log reviewed, with a comment (R-2)")
    @PostMapping("/{repId}/{date}/review")
    @PreAuthorize(REVIEWERS)
    Mono<CallLogBook.LogView> review(@PathVariable String repId,
                                     @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                     @Valid @RequestBody ReviewRequest request, CrmUser user) {
        return book.review(repId, date, request.comment().strip(), user);
    }

    @Operation(summary = "A team's call logs of a day and who has not closed theirs (R-2)")
    @GetMapping
    @PreAuthorize(REVIEWERS)
    Mono<TeamCallLogs.TeamView> team(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                     @RequestParam(required = false) @Nullable String team,
                                     @RequestParam(required = false) @Nullable Integer page,
                                     @RequestParam(required = false) @Nullable Integer size,
                                     CrmUser user) {
        return teams.of(team, date, PageRequest.of(page, size, 50, properties.maxPageSize()), user);
    }

    record CallRequest(@NotNull Contact.Outcome outcome, @Size(max = 2000) @Nullable String note,
                       @Nullable Instant at) {
    }

    record QuestionRequest(@NotBlank @Size(max = 2000) String text, @Nullable UUID customerId,
                           @Nullable UUID leadId) {
    }

    record ReviewRequest(@NotBlank @Size(max = 2000) String comment) {
    }
}
