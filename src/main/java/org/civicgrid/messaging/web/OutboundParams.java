package org.civicgrid.messaging.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.messaging.DeliveryState;
import org.civicgrid.messaging.internal.outbound.ChannelKind;
import org.civicgrid.messaging.internal.outbound.DeliveryLog;
import org.civicgrid.messaging.internal.outbound.DeliveryQuery;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** What the log's API and page share: the search from its parameters, the workbook's answer. */
final class OutboundParams {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final int MAX_KEY = 200;

	private OutboundParams() {
	}

	/** @throws InvalidInputException (400) naming {@code messageKey} when it is longer than a key can be */
	static DeliveryQuery query(DeliveryState state, ChannelKind channel, String messageKey) {
		if (messageKey != null && messageKey.length() > MAX_KEY) {
			throw InvalidInputException.of("messageKey", "validation.too-long", MAX_KEY);
		}
		return new DeliveryQuery(state, channel, messageKey);
	}

	/** Written on the request thread: an async body would be authorized again without the bearer token. */
	static void xlsx(DeliveryLog.Export export, HttpServletResponse response) throws IOException {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("outbound-deliveries.xlsx").build().toString());
		export.writeTo(response.getOutputStream());
	}
}
