package com.acme.crm.lead.calllog;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.lead.team.TeamRoster;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * the evening meeting's view for the manager: the team's call logs of a date and who on the team's roster has
 * not closed theirs. A fixed number of statements whatever the team's size: the roster, the stored logs, and one
 * gathering of the counts of the page's open logs (closed ones carry their counts).
 */
@Service
public class TeamCallLogs {

    private final CallLogs logs;
    private final TeamRoster roster;
    private final CallLogBook book;

    TeamCallLogs(CallLogs logs, TeamRoster roster, CallLogBook book) {
        this.logs = logs;
        this.roster = roster;
        this.book = book;
    }

    public Mono<TeamView> of(@Nullable String requestedTeam, LocalDate date, PageRequest page, CrmUser user) {
        String team;
        try {
            team = teamOf(requestedTeam, user);
        } catch (RuntimeException refused) {
            return Mono.error(refused);
        }
        BusinessDay day = book.day(date);
        return Mono.zip(roster.members(team), logs.ofTeam(team, date).collectList()).flatMap(both -> {
            List<String> members = both.getT1();
            Map<String, CallLog> stored = both.getT2().stream()
                    .collect(Collectors.toMap(CallLog::repId, Function.identity()));
            Set<String> reps = new LinkedHashSet<>(members);
            stored.keySet().stream().sorted().forEach(reps::add);
            List<String> notClosed = members.stream()
                    .filter(rep -> !stored.containsKey(rep) || !stored.get(rep).closed()).toList();
            List<String> all = new ArrayList<>(reps);
            List<String> onPage = all.subList((int) Math.min(all.size(), page.offset()),
                    (int) Math.min(all.size(), page.offset() + page.size()));
            List<String> open = onPage.stream().filter(rep -> !stored.containsKey(rep) || !stored.get(rep).closed())
                    .toList();
            Mono<Map<String, CallTally>> live = open.isEmpty() ? Mono.just(Map.of()) : logs.tallies(open, day);
            return live.map(tallies -> {
                List<Summary> items = onPage.stream().map(rep -> Summary.of(rep, stored.get(rep),
                        tallies.getOrDefault(rep, CallTally.NONE))).toList();
                return new TeamView(team, date, day.deadline(), members.size(), members.size() - notClosed.size(),
                        notClosed, PageResponse.of(items, page, all.size()));
            });
        });
    }

    /** A manager sees their own team; a director or the general manager names one. */
    private static String teamOf(@Nullable String requested, CrmUser user) {
        DataScope scope = DataScope.of(user);
        if (scope.all()) {
            String team = requested != null ? requested : user.team();
            if (team == null) {
                throw new InvalidFieldException("team", "is required when the caller has no team");
            }
            return team;
        }
        if (scope.team() == null || (requested != null && !requested.equals(scope.team()))) {
            throw new AccessDeniedException("A manager sees the call logs of their own team");
        }
        return scope.team();
    }

    /** the team's logs of a date and the roster members who have not closed theirs. */
    public record TeamView(String team, LocalDate date, Instant deadline, int members, int closed,
                           List<String> notClosed, PageResponse<Summary> logs) {
    }

    /** One rep's log in the team view; counts frozen at closure, gathered so far while open. */
    public record Summary(String repId, boolean closed, @Nullable Instant closedAt, boolean late, boolean reviewed,
                          CallTally tally) {

        static Summary of(String repId, @Nullable CallLog log, CallTally live) {
            if (log == null || !log.closed()) {
                return new Summary(repId, false, null, false, false, live);
            }
            CallLogState s = log.state();
            return new Summary(repId, true, s.closedAt(), s.late(), s.reviewedAt() != null, s.tally());
        }
    }
}
