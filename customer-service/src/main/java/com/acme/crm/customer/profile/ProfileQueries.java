package com.acme.crm.customer.profile;

import com.acme.crm.chassis.security.CrmUser;
import com.acme.crm.customer.customer.ContactPerson;
import com.acme.crm.customer.customer.CustomerAccess;
import com.acme.crm.customer.customer.Customers;

import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * C-11: a customer's profile within the caller's data scope (as the customer itself: owner, their manager,
 * directors, the general manager, sales support; service agents, finance and systems read it with the birthdays
 * masked, B-3). An unmasked read by anyone but the owner is audited like any read of contact data.
 */
@Service
public class ProfileQueries {

    private final CustomerAccess access;
    private final Customers customers;
    private final Profiles profiles;

    ProfileQueries(CustomerAccess access, Customers customers, Profiles profiles) {
        this.access = access;
        this.customers = customers;
        this.profiles = profiles;
    }

    public Mono<Shown> get(UUID customerId, CrmUser user) {
        return access.readable(customerId, user).flatMap(customer -> current(customerId, customers, profiles)
                .flatMap(shown -> access.auditContactRead(customer.state(), user)
                        .thenReturn(shown.maskedUnless(CustomerAccess.seesContactData(user)))));
    }

    /** The profile as it stands, with the customer's contact persons (names for the view, ids for the rules). */
    static Mono<Shown> current(UUID customerId, Customers customers, Profiles profiles) {
        return customers.contacts(customerId).collectList()
                .zipWith(profiles.find(customerId).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .map(found -> {
                    List<ContactPerson> people = found.getT1();
                    List<ContactBirthday> registered = people.stream()
                            .map(p -> new ContactBirthday(p.id(), p.birthday())).toList();
                    CustomerProfile profile = CustomerProfile.of(customerId, found.getT2().orElse(null), registered);
                    return new Shown(profile.state(), people, false);
                });
    }

    /**
     * A profile as the caller may see it: {@code people} are the customer's contact persons (for their names);
     * {@code masked}: the birthdays are hidden (B-3).
     */
    public record Shown(ProfileState profile, List<ContactPerson> people, boolean masked) {

        Shown maskedUnless(boolean seesContactData) {
            return seesContactData ? this : new Shown(profile, people, true);
        }
    }
}
