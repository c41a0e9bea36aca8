package org.civicgrid.identity;

import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Even at DEBUG, a login leaves neither the password nor the issued token in the log. */
@ExtendWith(OutputCaptureExtension.class)
class SecretsInLogsTests extends ApiTest {

	@AfterEach
	void quiet() {
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.springframework.web", LogLevel.WARN);
	}

	@Test
	void aLoginAtDebugLevelLogsNoPasswordAndNoToken(CapturedOutput output) {
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.springframework.web", LogLevel.DEBUG);
		var r = api.post("/api/v1/auth/token", Map.of("username", "leader", "password", "civicgrid-demo"));
		assertThat(r.status()).isEqualTo(200);
		String token = r.json().get("access_token").asString();
		assertThat(output.getAll()).contains("Credentials[username=leader").doesNotContain("civicgrid-demo")
			.doesNotContain(token);
	}
}
