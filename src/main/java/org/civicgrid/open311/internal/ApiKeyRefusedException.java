package org.civicgrid.open311.internal;

import java.util.List;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** A missing, unknown or revoked API key: 403, as GeoReport v2 answers it. */
public class ApiKeyRefusedException extends ProblemException {

	ApiKeyRefusedException(boolean missing) {
		super(HttpStatus.FORBIDDEN, missing ? "open311.api-key.missing" : "open311.api-key.invalid", new Object[0],
				List.of(FieldProblem.of("api_key", missing ? "open311.api-key.missing" : "open311.api-key.invalid")));
	}

	@Override
	public String type() {
		return "forbidden";
	}
}
