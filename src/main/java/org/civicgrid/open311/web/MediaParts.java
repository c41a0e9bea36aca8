package org.civicgrid.open311.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.civicgrid.casework.PhotoUpload;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The files of a multipart request: {@code media} (GeoReport v2 clients) first, then FixMyStreet's {@code photo1},
 * {@code photo2} … (Open311.pm {@code _add_photos_to_upload}, when it sends the photos themselves rather than a
 * media_url). Other parts are no media; an empty file input is no upload.
 */
final class MediaParts {

	private static final Pattern FIELD = Pattern.compile("media|photo\\d{1,2}");

	private MediaParts() {
	}

	static List<PhotoUpload> of(HttpServletRequest request) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart == null) {
			return List.of();
		}
		List<PhotoUpload> uploads = new ArrayList<>();
		multipart.getMultiFileMap().entrySet().stream()
			.filter(e -> FIELD.matcher(e.getKey()).matches())
			.sorted(Comparator.comparing(MediaParts::order))
			.forEach(e -> e.getValue().forEach(file -> add(uploads, e.getKey(), file)));
		return uploads;
	}

	/** media first, then photo1, photo2 … by number. */
	private static int order(Map.Entry<String, List<MultipartFile>> part) {
		return "media".equals(part.getKey()) ? 0 : Integer.parseInt(part.getKey().substring("photo".length()));
	}

	private static void add(List<PhotoUpload> uploads, String field, MultipartFile file) {
		if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			return;
		}
		try {
			uploads.add(new PhotoUpload(field, file.getOriginalFilename(), file.getContentType(), file.getBytes()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
