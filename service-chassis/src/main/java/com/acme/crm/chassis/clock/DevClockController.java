package com.acme.crm.chassis.clock;

import com.acme.crm.chassis.web.InvalidFieldException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;

/** {@code POST /dev/clock {"advance":"PT49H"}}: moves this service's clock. Exists in the local profile only. */
@Profile("local")
@Tag(name = "Development clock", description = "Moves the service's clock in the local profile")
@RestController
@RequestMapping("/dev/clock")
public class DevClockController {

    private final AdjustableClock clock;

    public DevClockController(AdjustableClock clock) {
        this.clock = clock;
    }

    @Operation(summary = "Read this service's clock (local profile only)")
    @GetMapping
    ClockState now() {
        return new ClockState(clock.instant(), clock.offset());
    }

    @Operation(summary = "Move this service's clock forward (local profile only)")
    @PostMapping
    ClockState advance(@Valid @RequestBody Advance request) {
        if (request.advance().isNegative() || request.advance().isZero()) {
            throw new InvalidFieldException("advance", "must be a positive duration such as PT49H");
        }
        clock.advance(request.advance());
        return now();
    }

    record Advance(@NotNull Duration advance) {
    }

    record ClockState(Instant now, Duration offset) {
    }
}
