package com.acme.crm.chassis.idempotency;

import java.util.UUID;

/** What claiming a key came to. */
sealed interface Claim {

    /** The key is this request's to process, as this attempt. */
    record Owned(UUID attempt) implements Claim {
    }

    /** The key's request completed: answer with what it answered. */
    record Replay(StoredAnswer answer) implements Claim {
    }

    /** The key was used for a different request (method, path or body). */
    record Mismatch() implements Claim {
    }

    /** The key's first request is still running. */
    record Running() implements Claim {
    }
}
