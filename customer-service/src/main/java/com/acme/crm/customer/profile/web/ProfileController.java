package com.acme.crm.customer.profile.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.customer.customer.web.Callers;
import com.acme.crm.customer.profile.Anniversary;
import com.acme.crm.customer.profile.ChainLink;
import com.acme.crm.customer.profile.ContactBirthday;
import com.acme.crm.customer.profile.CustomerProfile;
import com.acme.crm.customer.profile.Influence;
import com.acme.crm.customer.profile.ProfileCommands;
import com.acme.crm.customer.profile.ProfileQueries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * C-11 over HTTP: read and replace a customer's profile, in the customer's data scope; birthdays are masked for the
 * roles that see contact data masked (B-3), and a stale {@code version} is a 409.
 */
@Tag(name = "Customer profiles", description = "Decision chain, budget, decision time, preferences and dates (C-11)")
@RestController
@RequestMapping("/api/customers/{id}/profile")
class ProfileController {

    private final ProfileQueries queries;
    private final ProfileCommands commands;

    ProfileController(ProfileQueries queries, ProfileCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @Operation(summary = "Read a customer's profile (C-11)",
            description = "A profile never saved has version 0 and the birthdays the contacts were registered with. "
                    + "Birthdays are null and masked is true for service agents, finance and systems (B-3); an "
                    + "unmasked read by anyone but the owner is audited.")
    @GetMapping
    @PreAuthorize(Callers.READERS)
    Mono<ProfileView> getProfile(@PathVariable UUID id, CrmUser user) {
        return queries.get(id, user).map(ProfileView::of);
    }

    @Operation(summary = "Replace a customer's profile (C-11)",
            description = "version is the version read (0 for a profile never saved); another is a 409. birthdays "
                    + "replaces every contact's birthday (a contact left out loses theirs); leave it out to keep "
                    + "them (callers who see contact data masked must). anniversary is MM-DD or the founding date "
                    + "YYYY-MM-DD. The change is audited on the customer's history (field names, never values).")
    @PutMapping
    @PreAuthorize(Callers.RECORD_KEEPERS)
    Mono<ProfileView> putProfile(@PathVariable UUID id, @Valid @RequestBody ProfileRequest request, CrmUser user) {
        return Mono.defer(() -> commands.update(id, request.toRevision(), request.version(), user))
                .map(ProfileView::of);
    }

    record ChainLinkRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) @Nullable String title,
                            @NotNull Influence influence, @Nullable UUID contactId) {
    }

    record BirthdayRequest(@NotNull UUID contactId, @NotNull LocalDate birthday) {
    }

    record ProfileRequest(@NotNull @Min(0) Long version,
                          @Size(max = 30) @Nullable List<@NotNull @Valid ChainLinkRequest> decisionChain,
                          @DecimalMin("0.00") @Digits(integer = 14, fraction = 2) @Nullable BigDecimal budget,
                          @Nullable LocalDate decisionTime, @Size(max = 4000) @Nullable String preferences,
                          @Size(max = 10) @Nullable String anniversary,
                          @Size(max = 200) @Nullable List<@NotNull @Valid BirthdayRequest> birthdays) {

        CustomerProfile.Revision toRevision() {
            Anniversary parsed = null;
            if (anniversary != null && !anniversary.isBlank()) {
                try {
                    parsed = Anniversary.parse(anniversary);
                } catch (IllegalArgumentException e) {
                    throw new InvalidFieldException("anniversary", e.getMessage());
                }
            }
            return new CustomerProfile.Revision(decisionChain == null ? List.of() : decisionChain.stream()
                    .map(l -> new ChainLink(l.name(), l.title(), l.influence(), l.contactId())).toList(),
                    budget, decisionTime, preferences, parsed, birthdays == null ? null : birthdays.stream()
                    .map(b -> new ContactBirthday(b.contactId(), b.birthday())).toList());
        }
    }

    /** One contact person's birthday as shown: null when unknown or masked. */
    record BirthdayView(UUID contactId, String name, @Nullable LocalDate birthday) {
    }

    /** A profile as the API shows it. */
    record ProfileView(UUID customerId, List<ChainLink> decisionChain, @Nullable BigDecimal budget,
                       @Nullable LocalDate decisionTime, @Nullable String preferences, @Nullable String anniversary,
                       List<BirthdayView> birthdays, boolean masked, long version,
                       @Nullable Instant updatedAt, @Nullable String updatedBy) {

        static ProfileView of(ProfileQueries.Shown shown) {
            var p = shown.profile();
            List<BirthdayView> birthdays = shown.people().stream().map(person -> new BirthdayView(person.id(),
                    person.name(), shown.masked() ? null : p.birthdays().stream()
                            .filter(b -> b.contactId().equals(person.id())).map(ContactBirthday::birthday)
                            .filter(Objects::nonNull).findFirst().orElse(null)))
                    .toList();
            return new ProfileView(p.customerId(), p.decisionChain(), p.budget(), p.decisionTime(), p.preferences(),
                    p.anniversary() == null ? null : p.anniversary().toString(), birthdays, shown.masked(),
                    p.version(), p.updatedAt(), p.updatedBy());
        }
    }
}
