package org.civicgrid.casework.internal;

import java.util.List;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A photo that is not accepted, naming its field and index: 415 when the bytes are no JPEG, PNG or WebP picture
 * (whatever the client claimed), 413 when it is larger than the limit.
 */
class PhotoRejectedException extends ProblemException {

	private final String type;

	private PhotoRejectedException(HttpStatus status, String type, String messageKey, Object[] args,
			List<FieldProblem> errors) {
		super(status, messageKey, args, errors);
		this.type = type;
	}

	static PhotoRejectedException notAnImage(List<FieldProblem> errors) {
		return new PhotoRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not-an-image",
				"casework.photo.not-an-image-detail", new Object[] { errors.size() }, errors);
	}

	static PhotoRejectedException tooLarge(List<FieldProblem> errors, String limit) {
		return new PhotoRejectedException(HttpStatus.CONTENT_TOO_LARGE, "too-large", "casework.photo.too-large-detail",
				new Object[] { limit }, errors);
	}

	@Override
	public String type() {
		return type;
	}
}
