package org.civicgrid.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;

import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Category;
import org.civicgrid.casework.Channel;
import org.civicgrid.casework.NewCaseReport;
import org.civicgrid.shared.Caller;
import org.springframework.stereotype.Component;

/**
 * The one way a new case is written, whoever reported it (a resident, staff, an alarm, another system over Open311):
 * a number, the aggregate, its intake with the sealed contact, one round trip for the row, its history, its timer
 * and the events, then its photos. Callers check the report first ({@link CaseIntake}) and decide who reported it.
 */
@Component
class NewCases {

	private final Cases cases;
	private final CaseWriter writer;
	private final ReporterContacts contacts;
	private final Clock clock;

	NewCases(Cases cases, CaseWriter writer, ReporterContacts contacts, Clock clock) {
		this.cases = cases;
		this.writer = writer;
		this.contacts = contacts;
		this.clock = clock;
	}

	/**
	 * Who reports and how.
	 *
	 * @param reporterAccountId the reporter's account, or null (another system, an alarm)
	 * @param handledOnTheSpot a matter the reporter fixed at once (自处置), closed as it is written
	 * @param handlingNote what was done on the spot
	 */
	record Reporter(Actor actor, Long reporterAccountId, Channel channel, boolean handledOnTheSpot,
			String handlingNote) {

		/** Someone who reports a matter for others to handle. */
		static Reporter of(Actor actor, Long reporterAccountId, Channel channel) {
			return new Reporter(actor, reporterAccountId, channel, false, null);
		}
	}

	/** What the case reports: the category and grid the intake accepted, the text and the photos as found. */
	static ReportCase reported(CaseIntake.Accepted accepted, NewCaseReport report, CheckedPhotos photos) {
		return new ReportCase(accepted.category().code(), accepted.gridCode(), report.description(), photos.before());
	}

	/**
	 * Writes the case as {@code viewer} sees it.
	 *
	 * @param then a query about other cases that goes along in the insert's round trip (the duplicates nearby), from
	 *        the new id and the instant; null for none
	 */
	CaseView write(Caller viewer, Reporter reporter, CaseIntake.Accepted accepted, NewCaseReport report,
			CheckedPhotos photos, BiFunction<CaseId, Instant, Statements.Query<?>> then) {
		Category category = accepted.category();
		Cases.Identity next = cases.next();
		Instant now = clock.instant();
		ReportCase reported = reported(accepted, report, photos);
		CaseFile file = reporter.handledOnTheSpot()
				? CaseFile.handledOnTheSpot(next.id(), next.number(), reported, category.timeLimit(), reporter.actor(),
						now, reporter.handlingNote(), photos.idsOf("photosAfter"))
				: CaseFile.report(next.id(), next.number(), reported, category.timeLimit(), reporter.actor(), now);
		StoredCase.Intake taken = new StoredCase.Intake(reporter.reporterAccountId(),
				contacts.seal(report.reporterContact()), reporter.channel(), report.description(), accepted.lat(),
				accepted.lng(), report.address(), null, null, null);
		CaseView view = writer.write(viewer, StoredCase.fresh(file, taken),
				then == null ? null : then.apply(next.id(), now));
		photos.save(view.id(), reporter.actor().username(), now);
		return view;
	}
}
