package org.civicgrid.messaging.internal.outbound;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BiFunction;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the providers' adapters share: one HTTP exchange whose network failures are worth another try, the answer's
 * JSON object (or none), and the rule turning a failed answer into a retry after a wait, a retry, or a refusal.
 */
final class ProviderCall {

	private ProviderCall() {
	}

	/** Sends the request and reads the answer with {@code answer}; a timeout or a lost connection is a retry. */
	static SendOutcome exchange(HttpClient http, HttpRequest request, Duration timeout, URI endpoint,
			BiFunction<Integer, String, SendOutcome> answer) {
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (HttpTimeoutException e) {
			return SendOutcome.Retry.now("timeout after " + timeout.toSeconds() + " s");
		}
		catch (ConnectException e) {
			return SendOutcome.Retry.now("no connection to " + endpoint.getHost());
		}
		catch (IOException e) {
			return SendOutcome.Retry.now("network: " + e.getClass().getSimpleName());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return SendOutcome.Retry.now("interrupted");
		}
		return answer.apply(response.statusCode(), response.body());
	}

	/** The answer's JSON object, or null when it is empty or not one. */
	static JsonNode object(JsonMapper json, String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			JsonNode node = json.readTree(body);
			return node != null && node.isObject() ? node : null;
		}
		catch (JacksonException e) {
			return null;
		}
	}

	/**
	 * A failed answer: the provider's rate limit (or HTTP 429) waits {@code wait}, a passing failure (or HTTP 5xx)
	 * is tried again, anything else is refused for good.
	 */
	static SendOutcome failed(String error, int status, boolean rateLimited, boolean passing, Duration wait) {
		if (rateLimited || status == 429) {
			return new SendOutcome.Retry(error, wait);
		}
		if (passing || status >= 500) {
			return SendOutcome.Retry.now(error);
		}
		return new SendOutcome.Refused(error);
	}
}
