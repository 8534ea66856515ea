package com.acme.crm.chassis.persistence;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers for hand-written SQL over R2DBC: nullable parameters and optional filters. */
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
