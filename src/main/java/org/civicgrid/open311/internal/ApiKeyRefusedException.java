package org.civicgrid.open311.internal;

import java.util.List;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** A missing, unknown or revoked API key: 403, as GeoReport v2 answers it, naming the endpoint that wants one. */
public class ApiKeyRefusedException extends ProblemException {

	private ApiKeyRefusedException(String messageKey) {
		super(HttpStatus.FORBIDDEN, messageKey, new Object[0], List.of(FieldProblem.of("api_key", messageKey)));
	}

	static ApiKeyRefusedException missing(KeyedEndpoint endpoint) {
		return new ApiKeyRefusedException(endpoint.missingKeyMessage);
	}

	static ApiKeyRefusedException invalid() {
		return new ApiKeyRefusedException("open311.api-key.invalid");
	}

	@Override
	public String type() {
		return "forbidden";
	}
}
