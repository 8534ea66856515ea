package com.acme.crm.order.requirement;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.InvalidFieldException;
import com.acme.crm.chassis.web.NotFoundException;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;
import com.acme.crm.order.customer.CustomerDirectory;
import com.acme.crm.order.product.ProductCatalogue;
import com.acme.crm.order.product.ProductState;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drafts and confirms requirements (O-1) for customers inside the caller's data scope; confirming publishes
 * {@code RequirementConfirmed} in the same transaction. Refusals happen before anything is written.
 */
@Component
public class RequirementBook {

    private final Requirements requirements;
    private final CustomerDirectory customers;
    private final ProductCatalogue catalogue;
    private final RequirementEventPublisher publisher;
    private final TransactionalOperator transactions;
    private final Clock clock;

    RequirementBook(Requirements requirements, CustomerDirectory customers, ProductCatalogue catalogue,
                    RequirementEventPublisher publisher, TransactionalOperator transactions, Clock clock) {
        this.requirements = requirements;
        this.customers = customers;
        this.catalogue = catalogue;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** O-1: an unknown customer is refused (422), one outside the caller's scope is not found (404). */
    public Mono<RequirementState> draft(NewRequirement request, CrmUser user) {
        return customers.require(request.customerId(), user)
                .zipWith(catalogue.entries(request.lines().stream().map(NewLine::productId).toList()))
                .flatMap(found -> {
                    Requirement requirement = Requirement.draft(found.getT1(), details(request, found.getT2()),
                            user.id(), clock.instant());
                    return requirements.insert(requirement.state()).thenReturn(requirement.state());
                })
                .as(transactions::transactional);
    }

    /** O-1: publishes RequirementConfirmed with the confirmation. */
    public Mono<RequirementState> confirm(UUID id, CrmUser user) {
        return get(id, user).flatMap(stored -> {
            Requirement requirement = Requirement.restore(stored);
            RequirementEvent.Confirmed confirmed = requirement.confirm(user.id(), clock.instant());
            return requirements.update(requirement.state()).then(publisher.publish(confirmed))
                    .thenReturn(requirement.state());
        }).as(transactions::transactional);
    }

    /** A requirement inside the caller's data scope; outside it looks missing. */
    public Mono<RequirementState> get(UUID id, CrmUser user) {
        DataScope scope = DataScope.of(user);
        return requirements.find(id)
                .filter(r -> scope.includes(r.ownerId(), r.team()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Requirement", id)));
    }

    public Mono<PageResponse<RequirementState>> list(CrmUser user, PageRequest page) {
        DataScope scope = DataScope.of(user);
        return Mono.zip(requirements.page(scope, page).collectList(), requirements.count(scope))
                .map(result -> PageResponse.of(result.getT1(), page, result.getT2()));
    }

    private static Requirement.Details details(NewRequirement request, Map<UUID, ProductState> products) {
        List<RequirementLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            NewLine line = request.lines().get(i);
            ProductState product = products.get(line.productId());
            if (product == null || !product.active()) {
                throw new InvalidFieldException("lines[" + i + "].productId", "is not an active product of the catalogue");
            }
            lines.add(new RequirementLine(product.id(), product.name(), line.spec(), line.quantity(),
                    line.customisation()));
        }
        return new Requirement.Details(lines, request.deliveryBy(), request.deliveryMeaning(), request.deliveryPlace(),
                request.acceptanceCriteria(), request.trainingNeeds(), request.afterSalesResponseHours());
    }

    /** A requirement as the caller drafts it. */
    public record NewRequirement(UUID customerId, List<NewLine> lines, @Nullable Instant deliveryBy,
                                 @Nullable DeliveryMeaning deliveryMeaning, @Nullable String deliveryPlace,
                                 @Nullable String acceptanceCriteria, @Nullable String trainingNeeds,
                                 @Nullable Integer afterSalesResponseHours) {
    }

    /** One product line as drafted. */
    public record NewLine(UUID productId, @Nullable String spec, int quantity, @Nullable String customisation) {
    }
}
