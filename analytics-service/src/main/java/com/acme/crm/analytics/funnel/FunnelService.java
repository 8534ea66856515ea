package com.acme.crm.analytics.funnel;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.InvalidFieldException;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import java.time.Instant;

/** N-1: answers funnel questions within the caller's data scope. */
@Service
public class FunnelService {

    private final FunnelRepository funnel;

    FunnelService(FunnelRepository funnel) {
        this.funnel = funnel;
    }

    public Mono<FunnelReport> report(@Nullable Instant from, @Nullable Instant to, CrmUser user) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidFieldException("to", "must be after from");
        }
        DataScope scope = DataScope.of(user);
        if (scope.isNone()) {
            return Mono.error(new AccessDeniedException("No funnel data scope for these roles"));
        }
        return funnel.countsByChannel(from, to, scope).map(counts -> FunnelReport.of(from, to, counts));
    }
}
