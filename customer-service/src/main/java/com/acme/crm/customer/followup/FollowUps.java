package com.acme.crm.customer.followup;

import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.customer.Tier;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The follow-up engine's task rules. C-2: every contact completes the due cadence contact and schedules the next
 * one a cadence later (an on-site visit does the same for an A customer's monthly visit). C-5: a first visit is
 * followed by a thank-you within 24 h, and a phone follow-up within 3 days when the customer gave no clear answer.
 * Each task stores when it escalates: one full cadence past due.
 */
@Component
public class FollowUps {

    private final Tasks tasks;
    private final Cadence cadence;
    private final CustomerProperties properties;

    FollowUps(Tasks tasks, CustomerProperties properties) {
        this.tasks = tasks;
        this.cadence = Cadence.from(properties);
        this.properties = properties;
    }

    /** C-2: a new customer's first follow-up is due one cadence after registration. */
    public Mono<Void> firstFollowUp(Customer customer, Instant now) {
        Duration every = cadence.of(customer.tier());
        return tasks.openAll(List.of(Task.open(customer, TaskKind.CADENCE_CONTACT, now.plus(every),
                now.plus(every).plus(every), now, "first follow-up of the cadence (C-2)")));
    }

    /** The tier's cadence: when a task opened now is due, or escalates past due (C-2). */
    public Duration cadenceOf(Tier tier) {
        return cadence.of(tier);
    }

    /** C-2: after a contact (or an on-site visit), the next cadence contact (and visit) is due. */
    public Mono<Void> contacted(Customer customer, boolean onSite, Instant now) {
        Duration every = cadence.of(customer.tier());
        List<TaskKind> done = new ArrayList<>(List.of(TaskKind.CADENCE_CONTACT));
        List<Task> next = new ArrayList<>();
        next.add(Task.open(customer, TaskKind.CADENCE_CONTACT, now.plus(every), now.plus(every).plus(every), now,
                "tier " + customer.tier() + " cadence (C-2)"));
        if (onSite) {
            done.add(TaskKind.CADENCE_VISIT);
        }
        if (onSite && customer.tier() == Tier.A) {
            Duration month = cadence.onSiteVisitA();
            next.add(Task.open(customer, TaskKind.CADENCE_VISIT, now.plus(month), now.plus(month).plus(month), now,
                    "monthly on-site visit of an A customer (C-2)"));
        }
        return tasks.close(customer.id(), done, now).then(tasks.openAll(next));
    }

    /**
     * a visit logged for a customer completes the planned visit of that business day, and only that day's: a
     * visit this Monday leaves next Wednesday's planned visit of the same customer open.
     */
    public Mono<Void> visitedAsPlanned(Customer customer, Instant visitedAt, Instant now) {
        LocalDate day = visitedAt.atZone(properties.businessZone()).toLocalDate();
        return tasks.closeDueWithin(customer.id(), TaskKind.PLANNED_VISIT,
                day.atStartOfDay(properties.businessZone()).toInstant(),
                day.plusDays(1).atStartOfDay(properties.businessZone()).toInstant(), now);
    }

    /** C-5: the follow-ups of a first visit at {@code visitedAt}; the call only if it brought no clear answer. */
    public Mono<Void> afterFirstVisit(Customer customer, Instant visitedAt, boolean clearAnswer, Instant now) {
        Duration escalation = cadence.of(customer.tier());
        List<Task> next = new ArrayList<>();
        Instant thanks = visitedAt.plus(properties.thankYouWithin());
        next.add(Task.open(customer, TaskKind.THANK_YOU, thanks, thanks.plus(escalation), now,
                "thank-you message after the first visit (C-5)"));
        if (!clearAnswer) {
            Instant call = visitedAt.plus(properties.phoneFollowUpWithin());
            next.add(Task.open(customer, TaskKind.PHONE_FOLLOW_UP, call, call.plus(escalation), now,
                    "phone follow-up: no clear answer at the first visit (C-5)"));
        }
        return tasks.openAll(next);
    }
}
