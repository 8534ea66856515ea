package com.acme.crm.customer.profile;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** C-11: revising a customer profile: versioned, every field checked, birthdays only of the customer's contacts. */
class CustomerProfileTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final UUID customer = UUID.randomUUID();
    private final UUID chen = UUID.randomUUID();
    private final UUID wang = UUID.randomUUID();
    private final List<UUID> contacts = List.of(chen, wang);
    private final CustomerProfile profile = CustomerProfile.of(customer, null,
            List.of(new ContactBirthday(chen, LocalDate.of(1980, 5, 1)), new ContactBirthday(wang, null)));

    @Test
    void c11_aProfileNeverSavedIsVersionZeroWithTheRegisteredBirthdays() {
        assertThat(profile.version()).isZero();
        assertThat(profile.state().birthdays()).containsExactly(new ContactBirthday(chen, LocalDate.of(1980, 5, 1)),
                new ContactBirthday(wang, null));
    }

    @Test
    void c11_aRevisionReplacesTheProfileMovesTheVersionAndNamesTheChangedFields() {
        List<String> changed = profile.revise(revision(new BigDecimal("500000.00"),
                List.of(new ContactBirthday(wang, LocalDate.of(1975, 2, 28)))), 0, contacts, TODAY, "rep-1", NOW);

        assertThat(changed).containsExactly("decisionChain", "budget", "decisionTime", "anniversary", "birthdays");
        ProfileState state = profile.state();
        assertThat(state.version()).isEqualTo(1);
        assertThat(state.decisionChain()).extracting(ChainLink::influence)
                .containsExactly(Influence.DECISION_MAKER, Influence.GATEKEEPER);
        assertThat(state.birthdays()).as("a contact the revision gives no birthday loses theirs")
                .containsExactly(new ContactBirthday(chen, null), new ContactBirthday(wang, LocalDate.of(1975, 2, 28)));
        assertThat(state.updatedBy()).isEqualTo("rep-1");
    }

    @Test
    void c11_withoutBirthdaysARevisionKeepsThem() {
        profile.revise(revision(null, null), 0, contacts, TODAY, "rep-1", NOW);

        assertThat(profile.state().birthdays()).contains(new ContactBirthday(chen, LocalDate.of(1980, 5, 1)));
    }

    @Test
    void c11_aStaleVersionIsRefusedAndChangesNothing() {
        profile.revise(revision(null, null), 0, contacts, TODAY, "rep-1", NOW);

        assertThatThrownBy(() -> profile.revise(revision(BigDecimal.ONE, null), 0, contacts, TODAY, "rep-2", NOW))
                .isInstanceOf(CustomerProfile.StaleProfile.class).hasMessageContaining("version 1");
        assertThat(profile.state().budget()).isNull();
        assertThat(profile.version()).isEqualTo(1);
    }

    @Test
    void c11_aNegativeBudgetIsRefusedNamingTheField() {
        assertThatThrownBy(() -> profile.revise(revision(new BigDecimal("-1"), null), 0, contacts, TODAY, "rep-1", NOW))
                .isInstanceOf(CustomerProfile.InvalidProfile.class)
                .extracting(e -> ((CustomerProfile.InvalidProfile) e).field()).isEqualTo("budget");
        assertThat(profile.version()).isZero();
    }

    @Test
    void c11_aBirthdayOfSomeoneElsesContactIsRefusedNamingTheField() {
        List<ContactBirthday> birthdays = List.of(new ContactBirthday(chen, LocalDate.of(1980, 5, 1)),
                new ContactBirthday(UUID.randomUUID(), LocalDate.of(1990, 1, 1)));

        assertThatThrownBy(() -> profile.revise(revision(null, birthdays), 0, contacts, TODAY, "rep-1", NOW))
                .isInstanceOf(CustomerProfile.InvalidProfile.class)
                .extracting(e -> ((CustomerProfile.InvalidProfile) e).field()).isEqualTo("birthdays[1].contactId");
    }

    @Test
    void c11_aContactNamedTwiceOrABirthdayInTheFutureIsRefused() {
        assertThatThrownBy(() -> profile.revise(revision(null, List.of(new ContactBirthday(chen, LocalDate.of(1980, 5, 1)),
                new ContactBirthday(chen, LocalDate.of(1980, 5, 2)))), 0, contacts, TODAY, "rep-1", NOW))
                .extracting(e -> ((CustomerProfile.InvalidProfile) e).field()).isEqualTo("birthdays[1].contactId");
        assertThatThrownBy(() -> profile.revise(revision(null, List.of(new ContactBirthday(chen, TODAY.plusDays(1)))),
                0, contacts, TODAY, "rep-1", NOW))
                .extracting(e -> ((CustomerProfile.InvalidProfile) e).field()).isEqualTo("birthdays[0].birthday");
    }

    @Test
    void c11_aChainLinkNamingAnotherCustomersContactIsRefused() {
        CustomerProfile.Revision revision = new CustomerProfile.Revision(List.of(
                new ChainLink("Li Wei", "CTO", Influence.DECISION_MAKER, UUID.randomUUID())), null, null, null, null,
                null);

        assertThatThrownBy(() -> profile.revise(revision, 0, contacts, TODAY, "rep-1", NOW))
                .extracting(e -> ((CustomerProfile.InvalidProfile) e).field()).isEqualTo("decisionChain[0].contactId");
    }

    @Test
    void c11_anAnniversaryIsAMonthDayOrAFoundingDate() {
        assertThat(Anniversary.parse("03-15")).isEqualTo(new Anniversary(3, 15, null));
        assertThat(Anniversary.parse("1998-03-15").toString()).isEqualTo("1998-03-15");
        assertThat(Anniversary.parse("02-29").monthDay().getDayOfMonth()).isEqualTo(29);
        for (String bad : List.of("02-30", "1999-02-29", "3-15", "March 15", "13-01")) {
            assertThatThrownBy(() -> Anniversary.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private CustomerProfile.Revision revision(BigDecimal budget, List<ContactBirthday> birthdays) {
        return new CustomerProfile.Revision(List.of(new ChainLink("Li Wei", "CTO", Influence.DECISION_MAKER, chen),
                new ChainLink("Zhao Min", "assistant", Influence.GATEKEEPER, null)), budget,
                budget == null ? null : LocalDate.of(2027, 3, 31), null,
                budget == null ? null : Anniversary.parse("1998-03-15"), birthdays);
    }
}
