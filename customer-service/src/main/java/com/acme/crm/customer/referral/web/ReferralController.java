package com.acme.crm.customer.referral.web;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.customer.web.Callers;
import com.acme.crm.customer.referral.Referral;
import com.acme.crm.customer.referral.ReferralQueries;
import com.acme.crm.customer.referral.ReferralReward;
import com.acme.crm.customer.referral.RewardQuery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * L-9: a referring customer's referred leads with the reward each earned, and the rewards list managers check and
 * finance pays.
 */
@Tag(name = "Referrals", description = "Referred leads and referral rewards (L-9)")
@RestController
class ReferralController {

    /** L-9: managers (the team's), directors and the general manager (all), finance (all, to pay them). */
    static final String REWARD_READERS = "hasAnyRole('SALES_MANAGER','SALES_DIRECTOR','GENERAL_MANAGER','FINANCE')";

    private final ReferralQueries queries;
    private final CustomerProperties properties;

    ReferralController(ReferralQueries queries, CustomerProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    @Operation(summary = "List a customer's referred leads and their rewards (L-9)")
    @GetMapping("/api/customers/{id}/referrals")
    @PreAuthorize(Callers.READERS)
    Mono<PageResponse<Referral>> customerReferrals(@PathVariable UUID id,
                                                   @RequestParam(required = false) @Nullable Integer page,
                                                   @RequestParam(required = false) @Nullable Integer size,
                                                   CrmUser user) {
        return queries.referralsOf(id, PageRequest.of(page, size, 20, properties.maxPageSize()), user);
    }

    /** {@code from}/{@code to} are business days (both included) in the business zone. */
    @Operation(summary = "List referral rewards, one page at a time (L-9)")
    @GetMapping("/api/referral-rewards")
    @PreAuthorize(REWARD_READERS)
    Mono<PageResponse<ReferralReward>> referralRewards(
            @RequestParam(required = false) @Nullable String owner,
            @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
            CrmUser user) {
        ZoneId zone = properties.businessZone();
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        return queries.rewards(new RewardQuery(owner, team, start, end),
                PageRequest.of(page, size, 20, properties.maxPageSize()), user);
    }
}
