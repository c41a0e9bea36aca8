package org.civicgrid.casework.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.civicgrid.casework.PhotoUpload;
import org.springframework.web.multipart.MultipartFile;

/** Multipart files as {@link PhotoUpload}s of one field; an empty file input of a form is no upload. */
final class Uploads {

	private Uploads() {
	}

	static List<PhotoUpload> of(String field, List<MultipartFile> files) {
		List<PhotoUpload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			try {
				uploads.add(new PhotoUpload(field, file.getOriginalFilename(), file.getContentType(), file.getBytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return uploads;
	}
}
