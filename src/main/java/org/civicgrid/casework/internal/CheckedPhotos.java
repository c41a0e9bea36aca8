package org.civicgrid.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.civicgrid.casework.PhotoUpload;
import org.springframework.stereotype.Component;

/** Photos of a report or a step, checked and given ids before the case is written, stored after it. */
record CheckedPhotos(List<PhotoIntake.Checked> checked, List<String> ids, CasePhotoRows rows) {

	static final CheckedPhotos NONE = new CheckedPhotos(List.of(), List.of(), null);

	/** The photos of the problem as found: every field but {@code photosAfter}. */
	List<String> before() {
		List<String> of = new ArrayList<>(ids);
		of.removeAll(idsOf("photosAfter"));
		return of;
	}

	List<String> idsOf(String field) {
		List<String> of = new ArrayList<>();
		for (int i = 0; i < checked.size(); i++) {
			if (checked.get(i).field().equals(field)) {
				of.add(ids.get(i));
			}
		}
		return of;
	}

	void save(long caseId, String by, Instant at) {
		if (!checked.isEmpty()) {
			rows.save(caseId, ids.stream().map(Long::valueOf).toList(), checked, by, at);
		}
	}

	/** Checks uploads (refusing what is no image, with the field) and reserves their ids. */
	@Component
	static class Check {

		private final PhotoIntake intake;
		private final CasePhotoRows rows;

		Check(PhotoIntake intake, CasePhotoRows rows) {
			this.intake = intake;
			this.rows = rows;
		}

		CheckedPhotos of(List<PhotoUpload> uploads) {
			if (uploads.isEmpty()) {
				return NONE;
			}
			List<PhotoIntake.Checked> checked = intake.check(uploads);
			List<String> ids = rows.nextIds(checked.size()).stream().map(String::valueOf).toList();
			return new CheckedPhotos(checked, ids, rows);
		}
	}
}
