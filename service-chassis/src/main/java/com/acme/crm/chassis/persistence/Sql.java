package com.acme.crm.chassis.persistence;

import com.acme.crm.chassis.security.DataScope;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers for hand-written SQL over R2DBC: nullable parameters, versioned updates and optional filters. */
public final class Sql {

    private Sql() {
    }

    /** A text parameter that may be null. */
    public static Parameter orNull(@Nullable String value) {
        return Parameter.fromOrEmpty(value, String.class);
    }

    /** A parameter of the given type that may be null. */
    public static <T> Parameter orNull(@Nullable T value, Class<T> type) {
        return Parameter.fromOrEmpty(value, type);
    }

    /**
     * Runs an optimistically locked update ({@code ... where id = :id and version = :version}): exactly one row
     * changed, or an {@link OptimisticLockingFailureException} "{@code <entity> <id> was changed concurrently}",
     * which the chassis answers with 409.
     */
    public static Mono<Void> versionedUpdate(DatabaseClient.GenericExecuteSpec update, String entity, Object id) {
        return update.fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty() : Mono.error(new OptimisticLockingFailureException(
                        entity + " " + id + " was changed concurrently")));
    }

    /** A {@code where} clause built from optional conditions, each with its named parameter. */
    public static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        /** Adds {@code condition}, which uses the named parameter {@code :name}. */
        public Where and(String condition, String name, Object value) {
            conditions.add(condition);
            parameters.put(name, value);
            return this;
        }

        /** Adds a condition without parameters. */
        public Where and(String condition) {
            conditions.add(condition);
            return this;
        }

        /**
         * Limits the rows to the caller's data scope on the usual columns {@code owner_id} and {@code team};
         * adds nothing for a scope of all records.
         */
        public Where within(DataScope scope) {
            return within(scope, "team", "owner_id");
        }

        /**
         * Limits the rows to the caller's data scope: one owner's rows are those where any of
         * {@code ownerColumns} is the owner (parameter {@code :scopeOwner}), one team's rows those where
         * {@code teamColumn} is the team ({@code :scopeTeam}); a scope of all records adds nothing.
         */
        public Where within(DataScope scope, String teamColumn, String... ownerColumns) {
            if (scope.all()) {
                return this;
            }
            if (scope.ownerId() != null) {
                List<String> owners = new ArrayList<>();
                for (String column : ownerColumns) {
                    owners.add(column + " = :scopeOwner");
                }
                String condition = owners.size() == 1 ? owners.get(0) : "(" + String.join(" or ", owners) + ")";
                return and(condition, "scopeOwner", scope.ownerId());
            }
            return and(teamColumn + " = :scopeTeam", "scopeTeam", scope.team());
        }

        /** " where a and b", or "" without conditions. */
        public String clause() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        public DatabaseClient.GenericExecuteSpec bindTo(DatabaseClient.GenericExecuteSpec spec) {
            DatabaseClient.GenericExecuteSpec bound = spec;
            for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
                bound = bound.bind(parameter.getKey(), parameter.getValue());
            }
            return bound;
        }
    }
}
