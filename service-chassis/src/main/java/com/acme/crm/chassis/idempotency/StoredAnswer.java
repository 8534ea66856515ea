package com.acme.crm.chassis.idempotency;

import org.jspecify.annotations.Nullable;

/** The first answer to a keyed request, as a retry gets it again: status, the headers a client needs, body. */
record StoredAnswer(int status, @Nullable String contentType, @Nullable String location, byte[] body) {
}
