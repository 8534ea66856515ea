package com.acme.crm.customer.profile;

import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.customer.customer.Customer;
import com.acme.crm.customer.customer.CustomerProperties;
import com.acme.crm.customer.customer.Customers;
import com.acme.crm.customer.followup.Task;
import com.acme.crm.customer.followup.TaskKind;
import com.acme.crm.customer.followup.Tasks;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * C-11, daily: opens a {@link TaskKind#DATE_REMINDER} task for the customer's owner {@code crm.profile.remind-days-before}
 * days before each contact's birthday, the company anniversary and the decision time ({@link ReminderCalendar}),
 * once per date and occurrence: each batch records its reminders (unique per customer, subject and occurrence date)
 * in the same transaction as the tasks, so a rerun, a restart or a second replica opens none twice. The task is due
 * at once (it shows in the owner's due list); its note names the contact by id only, never the birthday.
 */
@Component
public class ProfileReminders {

    public static final String JOB = "profile-date-reminders";

    private final Profiles profiles;
    private final Customers customers;
    private final Tasks tasks;
    private final Jobs jobs;
    private final Clock clock;
    private final CustomerProperties customerProperties;
    private final ReminderCalendar calendar;

    ProfileReminders(Profiles profiles, Customers customers, Tasks tasks, Jobs jobs, Clock clock,
                     CustomerProperties customerProperties, ProfileProperties properties) {
        this.profiles = profiles;
        this.customers = customers;
        this.tasks = tasks;
        this.jobs = jobs;
        this.clock = clock;
        this.customerProperties = customerProperties;
        this.calendar = new ReminderCalendar(customerProperties.businessZone(), properties.remindDaysBefore());
    }

    /** One run: every date due and not yet reminded gets its task; emits how many dates were looked at. */
    public Mono<Long> remind() {
        return remindAt(clock.instant());
    }

    /**
     * The run as at {@code now}: the schedule passes the clock's time; a test passes another (the shared test clock
     * only moves forward, so the last minutes of a year are tried without moving it there).
     */
    public Mono<Long> remindAt(Instant now) {
        LocalDate today = calendar.today(now);
        List<ReminderCalendar.WindowDay> window = calendar.window(today);
        return jobs.inBatches(JOB, customerProperties.jobBatchSize(),
                limit -> profiles.dueDates(window, today, calendar.lastDay(today), limit),
                batch -> open(batch, now));
    }

    private Mono<Void> open(List<Profiles.DueDate> batch, Instant now) {
        Set<UUID> ids = batch.stream().map(Profiles.DueDate::customerId).collect(Collectors.toSet());
        return customers.findAllById(ids).collectMap(Customer::id, Function.identity()).flatMap(found -> {
            List<Profiles.Reminded> reminders = new ArrayList<>(batch.size());
            Map<UUID, Task> byId = new HashMap<>();
            for (Profiles.DueDate date : batch) {
                Customer customer = found.get(date.customerId());
                if (customer != null) {
                    Task task = Task.open(customer, TaskKind.DATE_REMINDER, now, null, now, note(date));
                    reminders.add(new Profiles.Reminded(date, task.id()));
                    byId.put(task.id(), task);
                }
            }
            return profiles.recordReminders(reminders).collect(Collectors.toCollection(HashSet::new))
                    .flatMap(recorded -> tasks.openAll(byId.values().stream()
                            .filter(task -> recorded.contains(task.id())).toList()));
        });
    }

    /** What the owner reads in the due list: the kind of date and when, a contact by id (B-3). */
    static String note(Profiles.DueDate date) {
        return switch (date.kind()) {
            case BIRTHDAY -> "C-11: a contact's birthday is coming (contact "
                    + date.subject().substring(date.subject().indexOf(':') + 1) + "; see the customer profile)";
            case ANNIVERSARY -> "C-11: the company anniversary is on " + date.occursOn();
            case DECISION_TIME -> "C-11: the customer decides on " + date.occursOn();
        };
    }
}
