package com.acme.crm.customer.customer;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A customer of the sales organisation, owned by one rep of one team. State changes go through the methods below,
 * which check their rule and refuse with the rule's id.
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

    @SuppressWarnings("checkstyle:ParameterNumber")
    public Customer(UUID id, String company, @Nullable String industry, @Nullable String scale,
                    @Nullable String decisionChain, String ownerId, String team, @Nullable String accountManagerId,
                    Tier tier, boolean tierPinned, @Nullable String tierPinReason, BigDecimal trailingPurchases,
                    @Nullable Instant lastPurchaseAt, @Nullable UUID leadId, Instant registeredAt, String registeredBy,
                    @Nullable Instant pausedUntil, @Nullable Instant lastContactAt,
                    @Nullable Instant lastOutboundContactAt, @Nullable Instant dormantAt, int visitsWithoutProgress,
                    long version) {
        this.id = id;
        this.company = company;
        this.industry = industry;
        this.scale = scale;
        this.decisionChain = decisionChain;
        this.ownerId = ownerId;
        this.team = team;
        this.accountManagerId = accountManagerId;
        this.tier = tier;
        this.tierPinned = tierPinned;
        this.tierPinReason = tierPinReason;
        this.trailingPurchases = trailingPurchases;
        this.lastPurchaseAt = lastPurchaseAt;
        this.leadId = leadId;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
        this.pausedUntil = pausedUntil;
        this.lastContactAt = lastContactAt;
        this.lastOutboundContactAt = lastOutboundContactAt;
        this.dormantAt = dormantAt;
        this.visitsWithoutProgress = visitsWithoutProgress;
        this.version = version;
    }

    /** A new customer: tier C until purchases say otherwise (C-1). */
    public static Customer register(String company, @Nullable String industry, @Nullable String scale,
                                    @Nullable String decisionChain, String ownerId, String team,
                                    @Nullable UUID leadId, String registeredBy, Instant now) {
        return new Customer(UUID.randomUUID(), company, industry, scale, decisionChain, ownerId, team, null, Tier.C,
                false, null, BigDecimal.ZERO, null, leadId, now, registeredBy, null, null, null, null, 0, 0);
    }

    /**
     * B-1: at most one outbound contact a day unless the customer initiated it; C-6: none while contact is paused.
     * Records the contact.
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

    /** C-7: after this many visits in a row without progress, the next visit needs an approved plan. */
    public boolean nextVisitNeedsPlan(int limit) {
        return visitsWithoutProgress >= limit;
    }

    /** C-7: counts visits without progress; a visit with progress, or one under an approved plan, restarts it. */
    public void visited(boolean progress, boolean underApprovedPlan) {
        visitsWithoutProgress = progress ? 0 : (underApprovedPlan ? 1 : visitsWithoutProgress + 1);
    }

    /** C-6: "not needed for now" pauses outbound follow-ups for 1-2 months. */
    public Instant pause(Duration length, Duration min, Duration max, Instant now) {
        if (length.compareTo(min) < 0 || length.compareTo(max) > 0) {
            throw new BusinessRuleViolation("C-6", "A pause lasts between " + min.toDays() + " and " + max.toDays()
                    + " days");
        }
        pausedUntil = now.plus(length);
        return pausedUntil;
    }

    /** C-6: the pause is over. */
    public void resume() {
        pausedUntil = null;
    }

    public boolean isPaused(Instant now) {
        return pausedUntil != null && now.isBefore(pausedUntil);
    }

    /** C-1: a manager pins A for a strategic partner or a high-growth customer. */
    public void pinA(String reason, TierPolicy policy) {
        tierPinned = true;
        tierPinReason = reason;
        tier = policy.tierFor(trailingPurchases, true);
    }

    public void unpin(TierPolicy policy) {
        tierPinned = false;
        tierPinReason = null;
        tier = policy.tierFor(trailingPurchases, false);
    }

    /** C-1, C-9: new purchase figures; a purchase ends dormancy. Returns the previous tier. */
    public Tier purchases(BigDecimal trailing, @Nullable Instant lastPurchase, TierPolicy policy) {
        Tier previous = tier;
        trailingPurchases = trailing;
        if (lastPurchase != null && (lastPurchaseAt == null || lastPurchase.isAfter(lastPurchaseAt))) {
            lastPurchaseAt = lastPurchase;
            dormantAt = null;
        }
        tier = policy.tierFor(trailing, tierPinned);
        return previous;
    }

    /** C-9: no purchase (or, for a customer who never bought, no registration) since the cutoff. */
    public boolean isDormantBy(Instant now, Duration dormantAfter) {
        Instant last = lastPurchaseAt != null ? lastPurchaseAt : registeredAt;
        return dormantAt == null && last.isBefore(now.minus(dormantAfter));
    }

    public void markDormant(Instant now) {
        dormantAt = now;
    }

    /** C-3: names the dedicated account manager. */
    public void assignAccountManager(String accountManager) {
        accountManagerId = accountManager;
    }

    /** C-8: hands the customer to another rep of the team. */
    public String handOver(String newOwner) {
        if (newOwner.equals(ownerId)) {
            throw new BusinessRuleViolation("C-8", "The customer is already owned by " + newOwner);
        }
        String previous = ownerId;
        ownerId = newOwner;
        return previous;
    }

    public UUID id() { return id; }
    public String company() { return company; }
    public @Nullable String industry() { return industry; }
    public @Nullable String scale() { return scale; }
    public @Nullable String decisionChain() { return decisionChain; }
    public String ownerId() { return ownerId; }
    public String team() { return team; }
    public @Nullable String accountManagerId() { return accountManagerId; }
    public Tier tier() { return tier; }
    public boolean tierPinned() { return tierPinned; }
    public @Nullable String tierPinReason() { return tierPinReason; }
    public BigDecimal trailingPurchases() { return trailingPurchases; }
    public @Nullable Instant lastPurchaseAt() { return lastPurchaseAt; }
    public @Nullable UUID leadId() { return leadId; }
    public Instant registeredAt() { return registeredAt; }
    public String registeredBy() { return registeredBy; }
    public @Nullable Instant pausedUntil() { return pausedUntil; }
    public @Nullable Instant lastContactAt() { return lastContactAt; }
    public @Nullable Instant lastOutboundContactAt() { return lastOutboundContactAt; }
    public @Nullable Instant dormantAt() { return dormantAt; }
    public int visitsWithoutProgress() { return visitsWithoutProgress; }
    public long version() { return version; }
}
