package com.acme.crm.customer.customer;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer of the sales organisation, owned by one rep of one team. State changes only through the methods below,
 * each of which checks its rule, refuses with the rule's id, and returns the event that reports the change (with a
 * snapshot of the customer, never the aggregate itself).
 */
public final class Customer {

    private final UUID id;
    private final String company;
    private final @Nullable String industry;
    private final @Nullable String scale;
    private final @Nullable String decisionChain;
    private String ownerId;
    private final String team;
    private @Nullable String accountManagerId;
    private Tier tier;
    private boolean tierPinned;
    private @Nullable String tierPinReason;
    private BigDecimal trailingPurchases;
    private @Nullable Instant lastPurchaseAt;
    private final @Nullable UUID leadId;
    private final Instant registeredAt;
    private final String registeredBy;
    private @Nullable Instant pausedUntil;
    private @Nullable Instant lastContactAt;
    private @Nullable Instant lastOutboundContactAt;
    private @Nullable Instant dormantAt;
    private int visitsWithoutProgress;
    private final long version;

    private Customer(CustomerState s) {
        this.id = s.id();
        this.company = s.company();
        this.industry = s.industry();
        this.scale = s.scale();
        this.decisionChain = s.decisionChain();
        this.ownerId = s.ownerId();
        this.team = s.team();
        this.accountManagerId = s.accountManagerId();
        this.tier = s.tier();
        this.tierPinned = s.tierPinned();
        this.tierPinReason = s.tierPinReason();
        this.trailingPurchases = s.trailingPurchases();
        this.lastPurchaseAt = s.lastPurchaseAt();
        this.leadId = s.leadId();
        this.registeredAt = s.registeredAt();
        this.registeredBy = s.registeredBy();
        this.pausedUntil = s.pausedUntil();
        this.lastContactAt = s.lastContactAt();
        this.lastOutboundContactAt = s.lastOutboundContactAt();
        this.dormantAt = s.dormantAt();
        this.visitsWithoutProgress = s.visitsWithoutProgress();
        this.version = s.version();
    }

    /** Rebuilds a stored customer. */
    public static Customer restore(CustomerState state) {
        return new Customer(state);
    }

    /** A new customer: tier C until purchases say otherwise (C-1); {@code leadId} when converted from a lead (L-6). */
    public static CustomerEvent.Registered register(Profile profile, String ownerId, String team,
                                                    @Nullable UUID leadId, List<String> fingerprints,
                                                    String registeredBy, Instant now) {
        CustomerState state = new CustomerState(UUID.randomUUID(), profile.company(), profile.industry(),
                profile.scale(), profile.decisionChain(), ownerId, team, null, Tier.C, false, null, BigDecimal.ZERO,
                null, leadId, now, registeredBy, null, null, null, null, 0, 0);
        return new CustomerEvent.Registered(state, leadId, fingerprints, now);
    }

    /** L-3, L-6: a converted lead matched this customer; it is reported as this customer registered for the lead. */
    public CustomerEvent.Registered registeredForLead(UUID lead, List<String> fingerprints, Instant now) {
        return new CustomerEvent.Registered(state(), lead, fingerprints, now);
    }

    /**
     * B-1, C-6: a touch (call, e-mail, WeChat message) recorded by {@code by}, checked and recorded like any contact
     * ({@link #recordContact(Instant, boolean, Instant, ZoneId)}); returns the event that reports it (R-2 call logs).
     */
    public CustomerEvent.Contacted touch(String channel, Instant at, boolean customerInitiated, String by, Instant now,
                                         ZoneId zone) {
        recordContact(at, !customerInitiated, now, zone);
        return new CustomerEvent.Contacted(state(), by, channel, customerInitiated, at);
    }

    /**
     * C-4: no contact in the future; C-6: no outbound contact while paused; B-1: at most one outbound contact a
     * (business-zone) day unless the customer initiated it. Records the contact.
     */
    public void recordContact(Instant at, boolean outbound, Instant now, ZoneId zone) {
        if (at.isAfter(now)) {
            throw new BusinessRuleViolation("C-4", "A contact or visit cannot be in the future");
        }
        if (outbound && isPaused(now)) {
            throw new BusinessRuleViolation("C-6", "The customer asked for a pause until " + pausedUntil
                    + "; outbound contact resumes then");
        }
        if (outbound && lastOutboundContactAt != null
                && lastOutboundContactAt.atZone(zone).toLocalDate().equals(at.atZone(zone).toLocalDate())) {
            throw new BusinessRuleViolation("B-1", "This customer was already contacted that day; at most one "
                    + "outbound contact a day unless the customer initiates it");
        }
        if (outbound && (lastOutboundContactAt == null || at.isAfter(lastOutboundContactAt))) {
            lastOutboundContactAt = at;
        }
        if (lastContactAt == null || at.isAfter(lastContactAt)) {
            lastContactAt = at;
        }
    }

    /**
     * C-4 with C-7: files a visit. After {@code limit} visits in a row without progress the next visit needs an
     * approved visit plan, else it is refused naming C-7; the contact limits apply (B-1, C-6). A visit with progress
     * ends the run; a fruitless one under an approved plan starts a new run of one.
     */
    public CustomerEvent.VisitLogged logVisit(VisitReport visit, boolean underApprovedPlan, int limit, ZoneId zone,
                                              Instant now) {
        if (nextVisitNeedsPlan(limit) && !underApprovedPlan) {
            throw new BusinessRuleViolation("C-7", "Three visits in a row brought no progress; "
                    + "the next visit needs a new visit plan approved by the manager");
        }
        recordContact(visit.visitedAt(), !visit.customerInitiated(), now, zone);
        visitsWithoutProgress = visit.progress() ? 0 : (underApprovedPlan ? 1 : visitsWithoutProgress + 1);
        return new CustomerEvent.VisitLogged(state(), visit.visitId(), visit.method(), visit.visitedAt(), now,
                visit.late(), visit.first(), visit.progress());
    }

    /** C-7: after this many visits in a row without progress, the next visit needs an approved plan. */
    public boolean nextVisitNeedsPlan(int limit) {
        return visitsWithoutProgress >= limit;
    }

    /** C-6: "not needed for now" pauses outbound follow-ups for 1-2 months. */
    public CustomerEvent.Paused pause(Duration length, Duration min, Duration max, Instant now) {
        if (length.compareTo(min) < 0 || length.compareTo(max) > 0) {
            throw new BusinessRuleViolation("C-6", "A pause lasts between " + min.toDays() + " and " + max.toDays()
                    + " days");
        }
        pausedUntil = now.plus(length);
        return new CustomerEvent.Paused(state(), pausedUntil, now);
    }

    /** C-6: a pause that has run its course ends; follow-ups resume. */
    public CustomerEvent.Resumed resume(Instant now) {
        if (pausedUntil == null || now.isBefore(pausedUntil)) {
            throw new BusinessRuleViolation("C-6", "Only a pause that has ended resumes (paused until "
                    + pausedUntil + ")");
        }
        pausedUntil = null;
        return new CustomerEvent.Resumed(state(), now);
    }

    public boolean isPaused(Instant now) {
        return pausedUntil != null && now.isBefore(pausedUntil);
    }

    /** C-1: a manager pins A for a strategic partner or a high-growth customer; reports the tier if it moved. */
    public Optional<CustomerEvent.TierChanged> pinA(String reason, TierPolicy policy, Instant now) {
        tierPinned = true;
        tierPinReason = reason;
        return retier(policy, now);
    }

    /** C-1: the pin is lifted; the tier follows purchases again. */
    public Optional<CustomerEvent.TierChanged> unpin(TierPolicy policy, Instant now) {
        tierPinned = false;
        tierPinReason = null;
        return retier(policy, now);
    }

    /** C-1, C-9: new purchase figures set the tier; a purchase ends dormancy. Reports the tier if it moved. */
    public Optional<CustomerEvent.TierChanged> recordPurchases(BigDecimal trailing, @Nullable Instant lastPurchase,
                                                               TierPolicy policy, Instant now) {
        trailingPurchases = trailing;
        if (lastPurchase != null && (lastPurchaseAt == null || lastPurchase.isAfter(lastPurchaseAt))) {
            lastPurchaseAt = lastPurchase;
            dormantAt = null;
        }
        return retier(policy, now);
    }

    private Optional<CustomerEvent.TierChanged> retier(TierPolicy policy, Instant now) {
        Tier previous = tier;
        tier = policy.tierFor(trailingPurchases, tierPinned);
        return previous == tier ? Optional.empty() : Optional.of(new CustomerEvent.TierChanged(state(), previous, now));
    }

    /** C-9: no purchase (or, for a customer who never bought, no registration) since the cutoff. */
    public boolean isDormantBy(Instant now, Duration dormantAfter) {
        Instant last = lastPurchaseAt != null ? lastPurchaseAt : registeredAt;
        return dormantAt == null && last.isBefore(now.minus(dormantAfter));
    }

    /** C-9: six months without a purchase: dormant, with the reactivation task {@code reactivationTask}. */
    public CustomerEvent.Dormant turnDormant(UUID reactivationTask, Duration dormantAfter, Instant now) {
        if (!isDormantBy(now, dormantAfter)) {
            throw new BusinessRuleViolation("C-9", "Customer " + id + " bought within " + dormantAfter.toDays()
                    + " days or is dormant already");
        }
        dormantAt = now;
        return new CustomerEvent.Dormant(state(), reactivationTask, now);
    }

    /** C-3: names the dedicated account manager. */
    public CustomerEvent.AccountManagerAssigned assignAccountManager(String accountManager, Instant now) {
        String previous = accountManagerId;
        accountManagerId = accountManager;
        return new CustomerEvent.AccountManagerAssigned(state(), accountManager, previous, now);
    }

    /** C-8: hands the customer to another rep; team, tier, tasks' history and the C-7 run stay. */
    public CustomerEvent.HandedOver handOver(String newOwner, String by, Instant now) {
        if (newOwner.equals(ownerId)) {
            throw new BusinessRuleViolation("C-8", "The customer is already owned by " + newOwner);
        }
        String previous = ownerId;
        ownerId = newOwner;
        return new CustomerEvent.HandedOver(state(), previous, by, now);
    }

    /** C-2: a follow-up of this customer is past due by a full cadence and escalates to the manager. */
    public CustomerEvent.FollowUpOverdue followUpOverdue(UUID taskId, String taskOwnerId, String taskKind,
                                                         Instant dueAt, Instant now) {
        return new CustomerEvent.FollowUpOverdue(state(), taskId, taskOwnerId, taskKind, dueAt, now);
    }

    /** A snapshot of everything stored about the customer. */
    public CustomerState state() {
        return new CustomerState(id, company, industry, scale, decisionChain, ownerId, team, accountManagerId, tier,
                tierPinned, tierPinReason, trailingPurchases, lastPurchaseAt, leadId, registeredAt, registeredBy,
                pausedUntil, lastContactAt, lastOutboundContactAt, dormantAt, visitsWithoutProgress, version);
    }

    public UUID id() { return id; }
    public String company() { return company; }
    public String ownerId() { return ownerId; }
    public String team() { return team; }
    public @Nullable String accountManagerId() { return accountManagerId; }
    public Tier tier() { return tier; }
    public BigDecimal trailingPurchases() { return trailingPurchases; }
    public Instant registeredAt() { return registeredAt; }
    public String registeredBy() { return registeredBy; }
    public @Nullable Instant pausedUntil() { return pausedUntil; }
    public @Nullable Instant dormantAt() { return dormantAt; }
    public int visitsWithoutProgress() { return visitsWithoutProgress; }
    public long version() { return version; }

    /** What the sales team says about a new customer's company. */
    public record Profile(String company, @Nullable String industry, @Nullable String scale,
                          @Nullable String decisionChain) {
    }

    /**
     * C-4: the facts of a filed visit the customer's rules need: {@code late} past the filing deadline,
     * {@code first} the customer's first visit.
     */
    public record VisitReport(UUID visitId, String method, Instant visitedAt, boolean customerInitiated,
                              boolean progress, boolean late, boolean first) {
    }
}
