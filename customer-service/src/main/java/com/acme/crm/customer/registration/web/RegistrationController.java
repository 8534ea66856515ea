package com.acme.crm.customer.registration.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.customer.customer.ContactPerson;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerQueries;
import com.acme.crm.customer.customer.web.Callers;
import com.acme.crm.customer.customer.web.CustomerViews;
import com.acme.crm.customer.registration.CustomerRegistration;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Registers a customer with its people. */
@Tag(name = "Customers", description = "Register, read and work customers")
@RestController
class RegistrationController {

    private final CustomerRegistration registration;
    private final CustomerQueries queries;

    RegistrationController(CustomerRegistration registration, CustomerQueries queries) {
        this.registration = registration;
        this.queries = queries;
    }

    @Operation(summary = "Register a customer")
    @PostMapping("/api/customers")
    @PreAuthorize(Callers.RECORD_KEEPERS)
    Mono<ResponseEntity<CustomerViews.CustomerView>> register(@Valid @RequestBody RegisterRequest request, CrmUser user) {
        CustomerRegistration.NewCustomer command = new CustomerRegistration.NewCustomer(
                new Customer.Profile(request.company().strip(), request.industry(), request.scale(),
                        request.decisionChain()), request.ownerId(), request.team(),
                request.contacts() == null ? List.of() : request.contacts().stream().map(PersonRequest::toPerson).toList());
        return registration.register(command, user).flatMap(customer -> queries.contacts(customer.id())
                .map(people -> ResponseEntity.created(URI.create("/api/customers/" + customer.id()))
                        .body(CustomerViews.of(customer, people, false))));
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
