package io.deviceward.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one application context every integration and browser test shares: the real app on port 8089,
 * on its own database on the shared MariaDB, signing in through a real Keycloak on port 8181.
 * Mail from Keycloak lands in {@link MailSink}. One configuration, so Spring caches one context for the whole run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, MailSink.class})
public @interface IntegrationTest {}
