package org.civicgrid.casework.web;

import static org.civicgrid.casework.web.ReportForm.blankToNull;

import java.io.Serializable;

import org.civicgrid.casework.internal.ActionRequest;
import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.SupervisionCard;

/**
 * One action form of the case page as posted; blank fields count as absent. A merge names its survivor by number
 * ({@code survivorNumber}, SJ…), which the page resolves to the {@code survivor} id the API takes. Kept in the flash
 * (the session) to show a refused form again as it was sent.
 */
record ActionForm(String note, String reason, AssigneeLevel assigneeLevel, String assigneeUnit, String assigneeUser,
		Integer score, String comment, Long survivor, String survivorNumber, String extension, SupervisionCard card)
		implements Serializable {

	ActionRequest toRequest(Long survivorId) {
		return new ActionRequest(blankToNull(note), blankToNull(reason), assigneeLevel, blankToNull(assigneeUnit),
				blankToNull(assigneeUser), score, blankToNull(comment), survivorId, blankToNull(extension), card);
	}
}
