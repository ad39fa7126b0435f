package io.deviceward.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.deviceward.support.TestDatabase;
import java.util.List;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The changelog builds the whole schema on an empty MariaDB database, and a second run changes nothing. */
class LiquibaseSchemaIT {

    @Test
    void buildsTheSchemaFromAnEmptyDatabase() throws Exception {
        String database = TestDatabase.create("dw_schema_");
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(TestDatabase.urlOf(database), TestDatabase.user(), TestDatabase.password());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(tables(jdbc, database)).isEmpty();

        migrate(dataSource);

        assertThat(tables(jdbc, database))
                .contains(
                        "provider",
                        "practice",
                        "app_user",
                        "membership",
                        "audit_entry",
                        "audit_chain_head",
                        "device",
                        "databasechangelog");
        Integer applied = jdbc.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class);
        assertThat(applied).isPositive();

        migrate(dataSource); // idempotent: nothing new to apply
        assertThat(jdbc.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class))
                .isEqualTo(applied);

        // The schema itself enforces the rules that must hold even for a buggy caller.
        assertThat(jdbc.queryForList(
                        "select constraint_name from information_schema.table_constraints "
                                + "where table_schema = ? and table_name = 'audit_entry' and constraint_type = 'UNIQUE'",
                        String.class,
                        database))
                .isNotEmpty();
        assertThat(jdbc.queryForList(
                        "select constraint_name from information_schema.check_constraints "
                                + "where constraint_schema = ? and table_name = 'membership'",
                        String.class,
                        database))
                .isNotEmpty();
    }

    private static void migrate(DriverManagerDataSource dataSource) throws Exception {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();
    }

    private static List<String> tables(JdbcTemplate jdbc, String database) {
        return jdbc.queryForList(
                "select lower(table_name) from information_schema.tables where table_schema = ?",
                String.class,
                database);
    }
}
