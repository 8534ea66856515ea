package com.acme.crm.order.contract;

import com.acme.crm.chassis.rules.BusinessRuleViolation;
import com.acme.crm.order.order.MilestoneSplit;
import com.acme.crm.order.order.OrderBook;
import com.acme.crm.order.order.OrderCommands;
import com.acme.crm.order.order.SignedQuote;
import com.acme.crm.order.quote.MilestoneKind;
import com.acme.crm.order.quote.PaymentTerms;
import com.acme.crm.order.quote.QuoteEvent;
import com.acme.crm.order.quote.SignedQuoteListener;
import com.acme.crm.order.requirement.DeliveryMeaning;
import com.acme.crm.order.requirement.RequirementState;
import com.acme.crm.order.requirement.Requirements;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * O-3: told inside the signing transaction that a quote was signed, opens its order: the quote's net total and
 * payment terms, the requirement's delivery time (as a date in the business zone) and whether it means installation
 * complete (O-1, O-5), the configured penalty rate. A refusal rolls the signature back.
 */
@Component
class QuoteSignatures implements SignedQuoteListener {

    private final OrderBook orders;
    private final Requirements requirements;
    private final OrderCommands commands;

    QuoteSignatures(OrderBook orders, Requirements requirements, OrderCommands commands) {
        this.orders = orders;
        this.requirements = requirements;
        this.commands = commands;
    }

    @Override
    public Mono<Void> quoteSigned(QuoteEvent.Signed signed) {
        return requirements.find(signed.requirementId())
                .switchIfEmpty(Mono.error(() -> new BusinessRuleViolation("O-1", "The quote's requirement "
                        + signed.requirementId() + " is missing")))
                .flatMap(requirement -> orders.open(toSignedQuote(signed, requirement)))
                .then();
    }

    private SignedQuote toSignedQuote(QuoteEvent.Signed signed, RequirementState requirement) {
        if (requirement.deliveryBy() == null) {
            throw new BusinessRuleViolation("O-1", "deliveryBy: the requirement names no delivery time");
        }
        LocalDate deliveryDate = requirement.deliveryBy().atZone(commands.policy().businessZone()).toLocalDate();
        boolean installation = requirement.deliveryMeaning() == DeliveryMeaning.INSTALLATION_COMPLETE;
        return new SignedQuote(signed.quoteId(), signed.customerId(), signed.ownerId(), signed.team(),
                signed.netTotal(), deliveryDate, installation, split(signed.paymentTerms()), null, signed.signedBy(),
                signed.signedAt().truncatedTo(ChronoUnit.MICROS));
    }

    /** The quote's terms as the three O-3 milestones; a kind the terms leave out is 0 %. */
    static MilestoneSplit split(PaymentTerms terms) {
        return new MilestoneSplit(share(terms, MilestoneKind.PREPAYMENT), share(terms, MilestoneKind.ARRIVAL),
                share(terms, MilestoneKind.ACCEPTANCE));
    }

    private static BigDecimal share(PaymentTerms terms, MilestoneKind kind) {
        return terms.milestones().stream().filter(m -> m.kind() == kind).map(PaymentTerms.Milestone::percent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
