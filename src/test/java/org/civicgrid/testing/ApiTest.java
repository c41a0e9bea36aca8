package org.civicgrid.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An API test: the application over real HTTP, and an anonymous client of it in {@link #api}. */
@IntegrationTest
public abstract class ApiTest {

	@LocalServerPort
	protected int port;

	protected Api api;

	@BeforeEach
	void connect() {
		api = Api.on(port);
	}
}
