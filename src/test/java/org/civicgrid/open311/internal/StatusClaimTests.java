package org.civicgrid.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The status another system posts with an update is read as what it claims, whatever its case. */
class StatusClaimTests {

	@Test
	void openAndUnchangedSayNothingNew() {
		assertThat(StatusClaim.of("OPEN")).isEqualTo(StatusClaim.NONE);
		assertThat(StatusClaim.of("unchanged")).isEqualTo(StatusClaim.NONE);
		assertThat(StatusClaim.of(null)).isEqualTo(StatusClaim.NONE);
		assertThat(StatusClaim.NONE.noteKey).isNull();
	}

	@Test
	void fixedAndClosedClaimItIsResolved() {
		assertThat(StatusClaim.of("FIXED")).isEqualTo(StatusClaim.RESOLVED);
		assertThat(StatusClaim.of("closed")).isEqualTo(StatusClaim.RESOLVED);
	}

	@Test
	void reopenAsksForHandlingAgainAndTheRestIsQuoted() {
		assertThat(StatusClaim.of("REOPEN")).isEqualTo(StatusClaim.REOPEN);
		assertThat(StatusClaim.of("IN_PROGRESS")).isEqualTo(StatusClaim.OTHER);
		assertThat(StatusClaim.of("NOT_COUNCILS_RESPONSIBILITY").noteKey).isEqualTo("open311.update.status-note");
	}
}
