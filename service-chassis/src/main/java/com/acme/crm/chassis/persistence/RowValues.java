package com.acme.crm.chassis.persistence;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads the column types R2DBC does not map straight to the domain's: timestamps and enum names that may be null. */
public final class RowValues {

    private RowValues() {
    }

    /** A {@code timestamptz} column as an instant, or null. */
    public static @Nullable Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A text column holding an enum constant's name, or null. */
    public static <E extends Enum<E>> @Nullable E enumOf(Readable row, String column, Class<E> type) {
        String value = row.get(column, String.class);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
