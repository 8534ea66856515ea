package com.acme.crm.aftersales.survey;

import com.acme.crm.chassis.rules.BusinessRuleViolation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** surveys, answers in range once, and the NPS arithmetic. */
class SurveyRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void a4_npsOfTenEightAndThreeIsZero() {
        NpsScore score = NpsScore.ofAnswers(10, 8, 3);

        assertThat(score.responses()).isEqualTo(3);
        assertThat(score.promoters()).isEqualTo(1);
        assertThat(score.passives()).isEqualTo(1);
        assertThat(score.detractors()).isEqualTo(1);
        assertThat(score.score()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @ParameterizedTest
    @CsvSource({"10, PROMOTER", "9, PROMOTER", "8, PASSIVE", "7, PASSIVE", "6, DETRACTOR", "0, DETRACTOR"})
    void a4_promotersAreNineToTenPassivesSevenToEightDetractorsZeroToSix(int nps, NpsBand band) {
        assertThat(NpsBand.of(nps)).isEqualTo(band);
    }

    @Test
    void a4_theScoreIsPercentPromotersMinusPercentDetractorsFromMinusToPlusHundred() {
        assertThat(NpsScore.ofAnswers(10, 9, 10).score()).isEqualByComparingTo("100");
        assertThat(NpsScore.ofAnswers(0, 6, 3).score()).isEqualByComparingTo("-100");
        assertThat(NpsScore.ofAnswers(10, 9, 7, 2).score()).isEqualByComparingTo("25");
        assertThat(NpsScore.ofAnswers(10, 10, 8).score()).isEqualByComparingTo("66.7");
        assertThat(NpsScore.ofAnswers().score()).isEqualByComparingTo("0");
    }

    @Test
    void a4_anAnswerRecordsSatisfactionAndNpsWithItsBand() {
        Survey survey = SurveyFixtures.issuedAfterAcceptance();

        SurveyEvent.Answered answered = survey.answer(4, 9, "agent-1", SurveyFixtures.NOW);

        assertThat(answered.band()).isEqualTo(NpsBand.PROMOTER);
        assertThat(survey.state().answer()).isEqualTo(new SurveyState.Answer(4, 9, "agent-1", SurveyFixtures.NOW));
    }

    @ParameterizedTest
    @CsvSource({"0, 5", "6, 5", "3, 11", "3, -1"})
    void a4_aScoreOutOfRangeIsRefusedNamingTheRuleAndChangesNothing(int satisfaction, int nps) {
        Survey survey = SurveyFixtures.issuedAfterAcceptance();

        assertRule(() -> survey.answer(satisfaction, nps, "agent-1", SurveyFixtures.NOW));
        assertThat(survey.state().answer()).isNull();
    }

    @Test
    void a4_aSurveyIsAnsweredOnce() {
        Survey survey = SurveyFixtures.answered(5, 10);

        assertRule(() -> survey.answer(1, 0, "agent-2", SurveyFixtures.NOW.plusSeconds(7200)));
        assertThat(survey.state().answer().nps()).isEqualTo(10);
    }

    @Test
    void a4_theOrderSurveyNamesItsOrderAndTheQuarterlyOneItsQuarter() {
        UUID order = UUID.randomUUID();
        Survey afterOrder = Survey.afterAcceptance(order, UUID.randomUUID(), "rep-1", "east", SurveyFixtures.NOW);
        Survey quarterly = Survey.quarterly(Quarter.of(SurveyFixtures.NOW, SHANGHAI), UUID.randomUUID(), "rep-1",
                "east", SurveyFixtures.NOW);

        assertThat(afterOrder.issued().orderId()).isEqualTo(order);
        assertThat(afterOrder.issued().kind()).isEqualTo(SurveyKind.ORDER_ACCEPTED);
        assertThat(quarterly.issued().quarter()).isEqualTo("2026-Q4");
        assertThat(quarterly.issued().orderId()).isNull();
    }

    @Test
    void a4_aQuarterRunsToTheStartOfTheNextInTheBusinessZone() {
        Quarter q4 = Quarter.of(Instant.parse("2026-12-31T17:00:00Z"), SHANGHAI);

        assertThat(q4.toString()).isEqualTo("2027-Q1");
        assertThat(Quarter.of(Instant.parse("2026-12-31T15:00:00Z"), SHANGHAI).end(SHANGHAI))
                .isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
    }

    private static void assertRule(Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(BusinessRuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo("A-4"));
    }
}
