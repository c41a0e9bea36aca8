package org.civicgrid.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal the API answers with an RFC 9457 problem detail. The message is a bundle key, so the answer is
 * localized to the caller; {@link #errors()} names the fields (or features, rows) that were wrong.
 */
public abstract class ProblemException extends RuntimeException {

	private final HttpStatus status;
	private final String messageKey;
	private final transient Object[] args;
	private final List<FieldProblem> errors;

	protected ProblemException(HttpStatus status, String messageKey, Object[] args, List<FieldProblem> errors) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.args = args;
		this.errors = List.copyOf(errors);
	}

	public HttpStatus status() {
		return status;
	}

	/** The problem type's short name, used for the {@code type} URI and the title key. */
	public abstract String type();

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}

	public List<FieldProblem> errors() {
		return errors;
	}
}
