package com.acme.crm.customer.customer.web;

import com.acme.crm.chassis.audit.AuditLog;
import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.Scopes;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.customer.ContactPerson;
import com.acme.crm.customer.customer.CustomerAccess;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.customer.CustomerQueries;
import com.acme.crm.customer.customer.CustomerQuery;
import com.acme.crm.customer.customer.CustomerRegistration;
import com.acme.crm.customer.customer.Tier;
import com.acme.crm.customer.customer.Visit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Register customers and read them: lists, one customer, the 360 view, visits and history. */
@Tag(name = "Customers", description = "Register, read and work customers")
@RestController
@RequestMapping("/api/customers")
class CustomerController {

    /** Reads: the sales department, service agents and finance (contact data masked, B-3), systems with the scope. */
    static final String READERS = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER','SALES_SUPPORT','SERVICE_AGENT','FINANCE') or hasAuthority('SCOPE_"
            + Scopes.CUSTOMERS_READ + "')";
    /** The commands of the sales team's week (contacts, visits, pauses, tiers, handover), systems with the scope. */
    static final String WORKERS = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER') or hasAuthority('SCOPE_" + Scopes.CUSTOMERS_WRITE + "')";
    /** Customer records: the sales team and sales support, who maintains the records (roles table). */
    static final String RECORD_KEEPERS = "hasAnyRole('SALES_REP','ACCOUNT_MANAGER','SALES_MANAGER','SALES_DIRECTOR',"
            + "'GENERAL_MANAGER','SALES_SUPPORT') or hasAuthority('SCOPE_" + Scopes.CUSTOMERS_WRITE + "')";

    private final CustomerRegistration registration;
    private final CustomerQueries queries;
    private final AuditLog audit;
    private final CustomerProperties properties;

    CustomerController(CustomerRegistration registration, CustomerQueries queries, AuditLog audit,
                       CustomerProperties properties) {
        this.registration = registration;
        this.queries = queries;
        this.audit = audit;
        this.properties = properties;
    }

    @Operation(summary = "Register a customer")
    @PostMapping
    @PreAuthorize(RECORD_KEEPERS)
    Mono<ResponseEntity<CustomerViews.CustomerView>> register(@Valid @RequestBody RegisterRequest request, CrmUser user) {
        CustomerRegistration.NewCustomer command = new CustomerRegistration.NewCustomer(request.company().strip(),
                request.industry(), request.scale(), request.decisionChain(), request.ownerId(), request.team(),
                request.contacts() == null ? List.of() : request.contacts().stream().map(PersonRequest::toPerson).toList());
        return registration.register(command, user).flatMap(customer -> queries.contacts(customer.id())
                .map(people -> ResponseEntity.created(URI.create("/api/customers/" + customer.id()))
                        .body(CustomerViews.of(customer, people, false))));
    }

    @Operation(summary = "Search customers, one page at a time")
    @GetMapping
    @PreAuthorize(READERS)
    Mono<PageResponse<CustomerViews.CustomerView>> search(
            @RequestParam(required = false) @Nullable String ownerId, @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable Tier tier, @RequestParam(required = false) @Nullable Boolean dormant,
            @RequestParam(required = false) @Nullable Boolean overdue,
            @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
            CrmUser user) {
        PageRequest pageRequest = PageRequest.of(page, size, 20, properties.maxPageSize());
        return queries.search(new CustomerQuery(ownerId, team, tier, dormant, overdue), pageRequest, user)
                .map(found -> found.map(customer -> CustomerViews.of(customer, null,
                        !CustomerAccess.seesContactData(user))));
    }

    @Operation(summary = "Read one customer")
    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    Mono<CustomerViews.CustomerView> get(@PathVariable UUID id, CrmUser user) {
        return queries.get(id, user).flatMap(customer -> queries.contacts(id)
                .flatMap(people -> audited(customer, user).thenReturn(
                        CustomerViews.of(customer, people, !CustomerAccess.seesContactData(user)))));
    }

    /** The customer 360 view: profile, people, tier history, recent visits, open tasks, purchases. */
    @Operation(summary = "Read a customer's 360 view")
    @GetMapping("/{id}/360")
    @PreAuthorize(READERS)
    Mono<Map<String, Object>> view360(@PathVariable UUID id, CrmUser user) {
        boolean masked = !CustomerAccess.seesContactData(user);
        return queries.view360(id, user).flatMap(view -> audited(view.customer(), user).thenReturn(Map.of(
                "customer", CustomerViews.of(view.customer(), view.contacts(), masked),
                "tierHistory", view.tierHistory(),
                "recentVisits", view.recentVisits(),
                "openTasks", view.openTasks())));
    }

    @Operation(summary = "List a customer's visits")
    @GetMapping("/{id}/visits")
    @PreAuthorize(READERS)
    Mono<List<Visit>> visits(@PathVariable UUID id, CrmUser user) {
        return queries.visits(id, user);
    }

    @Operation(summary = "Read a customer's audit history")
    @GetMapping("/{id}/history")
    @PreAuthorize(READERS)
    Mono<List<AuditLog.Entry>> history(@PathVariable UUID id, CrmUser user) {
        return queries.history(id, user);
    }

    /** B-3: an unmasked read of contact data by someone other than the owner (a manager, sales support…) is audited. */
    private Mono<Void> audited(Customer customer, CrmUser user) {
        return !CustomerAccess.seesContactData(user) || customer.ownerId().equals(user.id()) ? Mono.empty()
                : audit.record(user.id(), "CONTACT_READ", "customer", customer.id(), Map.of("owner", customer.ownerId()));
    }

    record RegisterRequest(@NotBlank @Size(max = 200) String company, @Size(max = 100) @Nullable String industry,
                           @Pattern(regexp = "SMALL|MEDIUM|LARGE|ENTERPRISE") @Nullable String scale,
                           @Size(max = 2000) @Nullable String decisionChain, @Size(max = 64) @Nullable String ownerId,
                           @Size(max = 64) @Nullable String team,
                           @Size(max = 50) @Nullable List<@Valid @NotNull PersonRequest> contacts) {
    }

    record PersonRequest(@NotBlank @Size(max = 100) String name, @Size(max = 100) @Nullable String title,
                         @Pattern(regexp = "^\\+?[0-9][0-9 ()\\-]{5,24}$", message = "must be a phone number")
                         @Nullable String phone,
                         @Email @Size(max = 254) @Nullable String email, @Size(max = 100) @Nullable String wechat,
                         @Past @Nullable LocalDate birthday) {

        ContactPerson toPerson() {
            return new ContactPerson(UUID.randomUUID(), name.strip(), title, phone, email, wechat, birthday, null, null);
        }
    }
}
