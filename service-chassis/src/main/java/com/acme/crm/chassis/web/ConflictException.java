package com.acme.crm.chassis.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The resource's state does not allow the command (409): a plan approved already, a log closed already. When a business
 * rule says so, the problem names it in its {@code rule} member, as 403 and 422 refusals do.
 */
public class ConflictException extends CommandRejectedException {

    private final @Nullable String rule;

    public ConflictException(String message) {
        this(null, message);
    }

    /** A conflict the rule {@code rule} ("R-3") decides. */
    public ConflictException(@Nullable String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** The rule that refused the command, if one did. */
    public @Nullable String rule() {
        return rule;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
