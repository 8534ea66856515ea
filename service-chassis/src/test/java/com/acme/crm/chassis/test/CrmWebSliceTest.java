package com.acme.crm.chassis.test;

import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code @WebFluxTest} slice of one web package with the chassis' real web stack ({@link CrmWebSlice}): JWT bearer
 * security with the role and scope mapping, {@code @PreAuthorize}, problem+json refusals, the {@code CrmUser}
 * argument and an adjustable clock. No broker, database, outbox, inbox or jobs: mock the application services the
 * controllers call. Tokens come from {@link TestTokens}, whose in-JVM JWK set the slice trusts.
 * <pre>{@code
 * @CrmWebSliceTest(controllers = LeadController.class)
 * class LeadWebTest {
 *     @Autowired WebTestClient web;
 *     @MockitoBean LeadQueries queries;   // org.springframework.test.context.bean.override.mockito.MockitoBean
 *
 *     @Test
 *     void anUnknownLeadIsNotFound() {
 *         when(queries.get(any(), any())).thenReturn(Mono.error(new NotFoundException("Lead", id)));
 *         web.get().uri("/api/leads/{id}", id).headers(h -> h.setBearerAuth(TestTokens.rep("rep-1", "east")))
 *                 .exchange().expectStatus().isNotFound()
 *                 .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
 *     }
 * }
 * }</pre>
 * The slice finds the service's {@code @SpringBootApplication} like any {@code @WebFluxTest}; beans a controller takes
 * besides its services (a {@code @Component} view helper, configuration properties) are mocked or imported by the test.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WebFluxTest
@Import(CrmWebSlice.class)
@ContextConfiguration(initializers = CrmWebSlice.TrustTestTokens.class)
public @interface CrmWebSliceTest {

    /** The controllers of the slice (all controllers of the service if none). */
    @AliasFor(annotation = WebFluxTest.class, attribute = "controllers")
    Class<?>[] controllers() default {};

    /** Properties for the slice's environment, {@code key=value}. */
    @AliasFor(annotation = WebFluxTest.class, attribute = "properties")
    String[] properties() default {};
}
