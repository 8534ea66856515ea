package com.acme.crm.order.negotiation;

import com.acme.crm.chassis.jobs.Jobs;
import com.acme.crm.order.OrderProperties;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * O-13, the signed contract is archived the same day: the end-of-day check flags each contract whose signature's
 * business day (in {@code crm.order.orders.business-zone}) has ended while it is still unarchived, once, in claimed
 * batches ({@code FOR UPDATE SKIP LOCKED}) through the chassis' {@link Jobs}. The sales manager finds them with
 * {@code GET /api/contract-reviews?archiveOverdue=true}; archiving the document ({@code POST .../archive}) clears it.
 */
@Component
public class ContractArchiveCheck {

    /** The job's name, for {@code crm.jobs.*} settings and {@code Jobs.run}. */
    public static final String JOB = "contract-archive-overdue";

    private final ContractReviews reviews;
    private final Jobs jobs;
    private final Clock clock;
    private final ZoneId zone;
    private final int batchSize;

    ContractArchiveCheck(ContractReviews reviews, Jobs jobs, Clock clock, OrderProperties properties) {
        this.reviews = reviews;
        this.jobs = jobs;
        this.clock = clock;
        this.zone = properties.orders().businessZone();
        this.batchSize = properties.orders().deadlineBatchSize();
    }

    /** O-13: flags every signed contract still unarchived after its signature's business day; emits how many. */
    public Mono<Long> flagOverdueArchives() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
        Instant signedBefore = ContractReview.endOfSignatureDayPassedFor(now, zone);
        return jobs.inBatches(JOB, batchSize, limit -> reviews.lockArchiveDue(signedBefore, limit), batch -> {
            List<UUID> flagged = new ArrayList<>(batch.size());
            for (ContractReviewState stored : batch) {
                if (ContractReview.restore(stored).flagArchiveOverdue(now, zone)) {
                    flagged.add(stored.id());
                }
            }
            return reviews.flagArchiveOverdue(flagged, now);
        });
    }
}
