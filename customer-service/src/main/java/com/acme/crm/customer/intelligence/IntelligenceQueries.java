package com.acme.crm.customer.intelligence;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * N-9 reads: the product departments' readers (a director, the general manager, a system with scope
 * {@code intelligence.read}) see every report; a manager the reports the team filed; everyone else on the sales team
 * the reports they filed themselves.
 */
@Service
public class IntelligenceQueries {

    private final IntelligenceReports reports;

    IntelligenceQueries(IntelligenceReports reports) {
        this.reports = reports;
    }

    /** N-9: who reads the product departments' queues (a system only gets here with scope intelligence.read). */
    public static boolean isDepartmentReader(CrmUser user) {
        return user.hasAny(Role.SALES_DIRECTOR, Role.GENERAL_MANAGER, Role.SYSTEM);
    }

    /** N-9: the reports a caller sees: all, the team's (as filed), or their own. */
    static DataScope visibility(CrmUser user) {
        if (isDepartmentReader(user)) {
            return DataScope.ALL;
        }
        if (user.seesTeam()) {
            return new DataScope(null, user.team(), false);
        }
        return new DataScope(user.id(), null, false);
    }

    public Mono<PageResponse<IntelligenceReportState>> search(IntelligenceQuery query, PageRequest page,
                                                              CrmUser user) {
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            return Mono.error(new InvalidFieldException("from", "must not be after to"));
        }
        return reports.search(query, visibility(user), page);
    }

    public Mono<IntelligenceReportState> get(UUID id, CrmUser user) {
        return reports.findById(id, visibility(user)).map(IntelligenceReport::state)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Intelligence report", id)));
    }
}
