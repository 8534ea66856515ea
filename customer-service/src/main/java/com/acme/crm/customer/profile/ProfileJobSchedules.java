package com.acme.crm.customer.profile;

import com.acme.crm.chassis.jobs.Schedule;
import com.acme.crm.chassis.jobs.ScheduledJob;
import com.acme.crm.customer.customer.CustomerProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** C-11: the date reminders run daily at {@code crm.profile.reminder-cron} in the business zone. */
@Configuration(proxyBeanMethods = false)
class ProfileJobSchedules {

    @Bean
    ScheduledJob profileDateReminders(ProfileReminders reminders, ProfileProperties properties,
                                      CustomerProperties customerProperties) {
        return new ScheduledJob(ProfileReminders.JOB,
                Schedule.cron(properties.reminderCron(), customerProperties.businessZone()), reminders::remind);
    }
}
