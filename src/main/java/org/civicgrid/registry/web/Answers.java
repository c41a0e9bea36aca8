package org.civicgrid.registry.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.registry.PeopleExport;
import org.civicgrid.registry.UpsertOutcome;
import org.civicgrid.registry.Upserted;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** How the registry answers: an upsert, a streamed export. */
final class Answers {

	private Answers() {
	}

	/** An upsert answers 201 when it created the record, 200 when it updated it or left it unchanged. */
	static <T> ResponseEntity<Upserted<T>> upserted(Upserted<T> result) {
		return ResponseEntity.status(result.outcome() == UpsertOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
			.body(result);
	}

	/** A background job started: 202 with the job and where to follow it. */
	static <T> ResponseEntity<T> accepted(String location, T job) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).header(HttpHeaders.LOCATION, location).body(job);
	}

	/**
	 * Writes a checked export as an .xlsx attachment on the request thread: an async body would be re-authorized
	 * without the bearer token.
	 */
	static void xlsx(PeopleExport.Export export, String filename, HttpServletResponse response) throws IOException {
		response.setContentType(ImportsApiController.XLSX.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ImportsApiController.attachment(filename));
		export.writeTo(response.getOutputStream());
	}
}
