package com.acme.crm.customer.profile;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** C-11: where profiles and the reminders already opened are kept; the persistence adapter implements it. */
public interface Profiles {

    /** The stored profile with the birthdays set on it (empty: never saved). */
    Mono<ProfileState> find(UUID customerId);

    /**
     * Stores a revised profile and its birthdays; fails with an optimistic-locking error if the stored version is no
     * longer {@code previousVersion} (0: none stored).
     */
    Mono<Void> save(ProfileState profile, long previousVersion);

    /**
     * C-11: up to {@code limit} dates a run on {@code today} reminds and has not reminded yet: birthdays (set on the
     * profile, else as registered) and anniversaries whose month-day is in {@code window}, decision times from
     * {@code today} to {@code lastDay}.
     */
    Flux<DueDate> dueDates(List<ReminderCalendar.WindowDay> window, LocalDate today, LocalDate lastDay, int limit);

    /**
     * C-11: records the reminders (one per customer, subject and occurrence), skipping any recorded meanwhile;
     * emits the task ids of those recorded now, whose tasks the caller opens.
     */
    Flux<UUID> recordReminders(List<Reminded> reminders);

    /** The kinds of profile date. */
    enum DateKind { BIRTHDAY, ANNIVERSARY, DECISION_TIME }

    /**
     * A date to remind: {@code subject} names it within the customer ({@code birthday:<contact id>},
     * {@code anniversary}, {@code decision-time}); {@code occursOn} is this occurrence (with its year).
     */
    record DueDate(UUID customerId, DateKind kind, String subject, LocalDate occursOn) {
    }

    /** A reminder opened as task {@code taskId}. */
    record Reminded(DueDate date, UUID taskId) {
    }
}
