package com.acme.crm.order.deadline;

import com.acme.crm.chassis.jobs.Schedule;
import com.acme.crm.chassis.jobs.ScheduledJob;
import com.acme.crm.order.OrderProperties;
import com.acme.crm.order.negotiation.ContractArchiveCheck;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * order-service's periodic jobs: every {@code crm.order.orders.deadline-check-interval} and at once when the clock
 * moves (timeouts in {@code crm.jobs.*}).
 */
@Configuration(proxyBeanMethods = false)
class OrderJobs {

    @Bean
    ScheduledJob orderDeemedAcceptance(OrderDeadlines deadlines, OrderProperties properties) {
        return new ScheduledJob(OrderDeadlines.DEEMED_ACCEPTANCE_JOB, every(properties), deadlines::deemAcceptances);
    }

    @Bean
    ScheduledJob orderDeliveryReminders(OrderDeadlines deadlines, OrderProperties properties) {
        return new ScheduledJob(OrderDeadlines.DELIVERY_REMINDER_JOB, every(properties), deadlines::remindDeliveries);
    }

    @Bean
    ScheduledJob orderOverdueReceivables(OrderDeadlines deadlines, OrderProperties properties) {
        return new ScheduledJob(OrderDeadlines.OVERDUE_RECEIVABLES_JOB, every(properties),
                deadlines::reportOverdueReceivables);
    }

    /** O-13: the end-of-day check of signed contracts not archived the same day. */
    @Bean
    ScheduledJob contractArchiveOverdue(ContractArchiveCheck check, OrderProperties properties) {
        return new ScheduledJob(ContractArchiveCheck.JOB, every(properties), check::flagOverdueArchives);
    }

    private static Schedule every(OrderProperties properties) {
        return Schedule.every(properties.orders().deadlineCheckInterval(), true);
    }
}
