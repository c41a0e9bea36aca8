package org.civicgrid.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.civicgrid.CivicGridApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With CIVICGRID_DB_URL set, CivicGrid uses that PostgreSQL: it starts no embedded server, migrates the schema,
 * and loads the demo district only when told to.
 */
class ExternalDatabaseTests {

	static EmbeddedPostgres external;

	@BeforeAll
	static void startAnExternalServer() throws Exception {
		external = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("civicgrid-external"))
			.setCleanDataDirectory(true).start();
		try (var c = external.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
			s.execute("create database quiet");
			s.execute("create database demo");
			s.execute("create database upgrade");
		}
	}

	@AfterAll
	static void stop() throws Exception {
		external.close();
	}

	@Test
	void usesTheConfiguredDatabaseAndNeverLoadsTheDemoUnasked() {
		try (ConfigurableApplicationContext app = start("quiet", "auto")) {
			DataSource dataSource = app.getBean(DataSource.class);
			assertThat(dataSource).isNotInstanceOf(DatabaseConfiguration.EmbeddedPostgresDataSource.class);
			JdbcClient jdbc = JdbcClient.create(dataSource);
			assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("quiet");
			assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
				.isGreaterThanOrEqualTo(3);
			assertThat(jdbc.sql("select count(*) from region").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isZero();
		}
	}

	@Test
	void loadsTheDemoIntoAnExternalDatabaseOnlyWithTheExplicitFlag() {
		try (ConfigurableApplicationContext app = start("demo", "true")) {
			JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
			assertThat(jdbc.sql("select count(*) from region where level = 'GRID'").query(Long.class).single())
				.isEqualTo(56);
			assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(10);
		}
	}

	/**
	 * Modules number their migrations in their own ranges, so an upgrade brings migrations below the newest one
	 * applied: here the database of a version before casework's V1_3_91 (sealed reporter contacts), whose history
	 * already holds every later module's migrations, starts the new version and gets the migration it lacked.
	 */
	@Test
	void anUpgradeAppliesAModulesNewMigrationBelowAnotherModulesNewest() {
		try (ConfigurableApplicationContext app = start("upgrade", "auto")) {
			JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
			assertThat(jdbc.sql("select count(*) from flyway_schema_history where version like '1.5.%'")
				.query(Long.class).single()).isPositive();
			jdbc.sql("delete from flyway_schema_history where version = '1.3.91'").update();
			jdbc.sql("drop index event_case_reporter_contact_idx").update();
			jdbc.sql("alter table event_case drop column reporter_contact_sealed, drop column reporter_contact_hash")
				.update();
		}
		try (ConfigurableApplicationContext app = start("upgrade", "auto")) {
			JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
			assertThat(jdbc.sql("select success from flyway_schema_history where version = '1.3.91'")
				.query(Boolean.class).single()).isTrue();
			assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'event_case'"
					+ " and column_name in ('reporter_contact_sealed', 'reporter_contact_hash')")
				.query(Long.class).single()).isEqualTo(2);
		}
	}

	private static ConfigurableApplicationContext start(String database, String demo) {
		return new SpringApplicationBuilder(CivicGridApplication.class).run(
				"--civicgrid.db.url=" + external.getJdbcUrl("postgres", database),
				"--civicgrid.db.user=postgres",
				"--civicgrid.db.password=",
				"--civicgrid.db.embedded-data-dir=" + Path.of("target", "must-not-exist"),
				"--civicgrid.demo.load=" + demo,
				"--server.port=0",
				"--logging.level.root=WARN");
	}
}
