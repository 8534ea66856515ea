package com.acme.crm.chassis.persistence;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The one {@link TransactionalOperator} that services and the chassis (outbox, inbox, jobs, idempotency) inject,
 * over the R2DBC transaction manager with default settings; a service may declare its own to replace it.
 */
// Only "before" Boot's own: ordering it after the R2DBC transaction manager's auto-configuration would pull that
// ahead of the connection factory's, and there would be no transaction manager at all.
@AutoConfiguration(before = TransactionAutoConfiguration.class)
public class TransactionsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TransactionalOperator transactionalOperator(ReactiveTransactionManager transactions) {
        return TransactionalOperator.create(transactions);
    }
}
