package org.civicgrid.casework.web;

import org.civicgrid.casework.internal.CasePhotoService;
import org.civicgrid.shared.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A case's photos for the pages (signed in by session), under the same rule as the API: who sees the case. */
@Controller
class CasePhotoPages {

	private final CasePhotoService photos;

	CasePhotoPages(CasePhotoService photos) {
		this.photos = photos;
	}

	@GetMapping("/cases/{id:\\d+}/photos/{photoId:\\d+}")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@PathVariable long photoId) {
		return serve(photos.photo(caller, id, photoId, false));
	}

	@GetMapping("/cases/{id:\\d+}/photos/{photoId:\\d+}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@PathVariable long photoId) {
		return serve(photos.photo(caller, id, photoId, true));
	}

	private static ResponseEntity<byte[]> serve(CasePhotoService.PhotoContent content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.bytes());
	}
}
