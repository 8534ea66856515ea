package com.acme.crm.customer.customer.web;

import com.acme.crm.chassis.privacy.Masking;
import com.acme.crm.customer.customer.ContactPerson;
import com.acme.crm.customer.customer.CustomerState;
import com.acme.crm.customer.customer.Tier;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** How customers and their people are shown; contact data masked outside the sales team (B-3). */
public final class CustomerViews {

    private CustomerViews() {
    }

    /** A customer as the API shows it. */
    public record CustomerView(UUID id, String company, @Nullable String industry, @Nullable String scale,
                        @Nullable String decisionChain, String ownerId, String team, @Nullable String accountManagerId,
                        Tier tier, boolean tierPinned, @Nullable String tierPinReason, BigDecimal trailingPurchases,
                        @Nullable Instant lastPurchaseAt, @Nullable UUID leadId, Instant registeredAt,
                        @Nullable Instant pausedUntil, @Nullable Instant lastContactAt, boolean dormant,
                        int visitsWithoutProgress, @Nullable List<PersonView> contacts) {
    }

    /** A contact person, masked outside the sales team. */
    public record PersonView(UUID id, String name, @Nullable String title, @Nullable String phone, @Nullable String email,
                      @Nullable String wechat, @Nullable LocalDate birthday, boolean masked) {
    }

    /** The customer as a command answers it: without its people. */
    public static CustomerView of(CustomerState c) {
        return of(c, null, false);
    }

    public static CustomerView of(CustomerState c, @Nullable List<ContactPerson> people, boolean masked) {
        return new CustomerView(c.id(), c.company(), c.industry(), c.scale(), c.decisionChain(), c.ownerId(), c.team(),
                c.accountManagerId(), c.tier(), c.tierPinned(), c.tierPinReason(), c.trailingPurchases(),
                c.lastPurchaseAt(), c.leadId(), c.registeredAt(), c.pausedUntil(), c.lastContactAt(),
                c.dormantAt() != null, c.visitsWithoutProgress(),
                people == null ? null : people.stream().map(p -> person(p, masked)).toList());
    }

    public static PersonView person(ContactPerson p, boolean masked) {
        return new PersonView(p.id(), p.name(), p.title(), masked ? Masking.phone(p.phone()) : p.phone(),
                masked ? Masking.email(p.email()) : p.email(), masked && p.wechat() != null ? "***" : p.wechat(),
                masked ? null : p.birthday(), masked);
    }
}
