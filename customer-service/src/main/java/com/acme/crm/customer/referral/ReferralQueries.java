package com.acme.crm.customer.referral;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.security.Role;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.customer.customer.CustomerAccess;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * L-9 reads: a referring customer's referred leads and rewards for whoever may read the customer; the reward list
 * for managers (the team's), directors and the general manager (all) and finance, who pays them (all).
 */
@Service
public class ReferralQueries {

    private final CustomerAccess access;
    private final Referrals referrals;

    ReferralQueries(CustomerAccess access, Referrals referrals) {
        this.access = access;
        this.referrals = referrals;
    }

    public Mono<PageResponse<Referral>> referralsOf(UUID customerId, PageRequest page, CrmUser user) {
        return access.readable(customerId, user).then(referrals.referralsOf(customerId, page));
    }

    public Mono<PageResponse<ReferralReward>> rewards(RewardQuery query, PageRequest page, CrmUser user) {
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            return Mono.error(new InvalidFieldException("from", "must be before to"));
        }
        DataScope scope = user.has(Role.FINANCE) ? DataScope.ALL : DataScope.of(user);
        if (scope.isNone() || scope.ownerId() != null) {
            return Mono.error(new AccessDeniedException("L-9: referral rewards are read by managers and finance"));
        }
        return referrals.rewards(query, scope, page);
    }
}
