package io.deviceward.shared.tenancy;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

/**
 * A read-only transaction stays read-only in Hibernate (no flush, no dirty checking: the session is
 * read-only and its flush mode manual), but Spring no longer also marks the JDBC connection read-only:
 * MariaDB's driver sends {@code SET SESSION TRANSACTION READ ONLY} before and {@code READ WRITE} after,
 * two of the eight round trips of an API list call. InnoDB treats a transaction that does not write as
 * read-only by itself. A transaction that asks for an isolation level now fails loudly instead of having
 * it applied to the connection (none does). See docs/decisions/2026-12-01-resilience.md.
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyTransactions {

    @Bean
    static BeanPostProcessor connectionsKeepTheirReadWriteFlag() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HibernateJpaVendorAdapter adapter
                        && adapter.getJpaDialect() instanceof HibernateJpaDialect dialect) {
                    dialect.setPrepareConnection(false);
                }
                return bean;
            }
        };
    }
}
