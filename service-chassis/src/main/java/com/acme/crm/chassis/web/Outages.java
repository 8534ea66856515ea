package com.acme.crm.chassis.web;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells an outage of the database from a failing request: no connection could be had (refused, closed, the pool's
 * acquire timed out) as opposed to a statement the database refused.
 */
final class Outages {

    private Outages() {
    }

    /** Whether the failure, or any of its causes, says the database could not be reached. */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof DataAccessResourceFailureException // no connection from the pool, or it broke
                    || e instanceof CannotCreateTransactionException // no connection to begin a transaction on
                    || e instanceof R2dbcNonTransientResourceException // refused, closed (r2dbc-postgresql)
                    || e instanceof R2dbcTransientResourceException) {
                return true;
            }
        }
        return false;
    }
}
