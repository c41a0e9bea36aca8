package org.civicgrid.shared.database;

import java.io.IOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One DataSource, from either shape: the external PostgreSQL named by configuration, or the embedded one
 * (real PostgreSQL binaries from Maven Central) that the standalone shape and the tests start.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseSettings settings) throws IOException {
		HikariConfig config = new HikariConfig();
		config.setPoolName("civicgrid");
		config.setMaximumPoolSize(20);
		if (settings.embedded()) {
			EmbeddedPostgres postgres = startEmbedded(settings);
			config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
			config.setUsername("postgres");
			return new EmbeddedPostgresDataSource(config, postgres);
		}
		config.setJdbcUrl(settings.url());
		config.setUsername(settings.user());
		config.setPassword(settings.password());
		return new HikariDataSource(config);
	}

	private static EmbeddedPostgres startEmbedded(DatabaseSettings settings) throws IOException {
		Files.createDirectories(settings.embeddedDataDir().toAbsolutePath().getParent());
		log.info("Starting embedded PostgreSQL with its data in {}", settings.embeddedDataDir().toAbsolutePath());
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(settings.embeddedDataDir().toAbsolutePath())
			.setCleanDataDirectory(false)
			// stopped by the context, after everything that uses it, not by a JVM hook racing the context's own
			.setRegisterShutdownHook(false)
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "128MB")
			.setServerConfig("fsync", "on");
		if (settings.embeddedPort() > 0) {
			builder.setPort(settings.embeddedPort());
		}
		return builder.start();
	}

	/** A pool that stops the embedded server when the application context closes. */
	static final class EmbeddedPostgresDataSource extends HikariDataSource {

		private final EmbeddedPostgres postgres;

		EmbeddedPostgresDataSource(HikariConfig config, EmbeddedPostgres postgres) {
			super(config);
			this.postgres = postgres;
		}

		@Override
		public void close() {
			super.close();
			try {
				postgres.close();
			}
			catch (IOException e) {
				log.warn("Embedded PostgreSQL did not stop cleanly", e);
			}
		}
	}
}
