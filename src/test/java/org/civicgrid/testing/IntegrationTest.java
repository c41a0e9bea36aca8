package org.civicgrid.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application over real HTTP, on the embedded PostgreSQL with the demo district
 * loaded. Every integration test uses this one configuration, so they share one application and one database
 * per JVM: tests that change data use their own usernames and region codes. The application's clock is a
 * {@link MovableClock}: a test that depends on the time stops it at a set moment; it runs again after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(MovableClock.InPlaceOfTheApplicationsClock.class)
@ExtendWith(ClockRunsAfterEachTest.class)
public @interface IntegrationTest {
}
