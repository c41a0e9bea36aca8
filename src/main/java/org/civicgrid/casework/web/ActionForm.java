package org.civicgrid.casework.web;

import static org.civicgrid.casework.web.ReportForm.blankToNull;

import org.civicgrid.casework.internal.ActionRequest;
import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.SupervisionCard;

/** One action form of the case page as posted; blank fields count as absent. */
record ActionForm(String note, String reason, AssigneeLevel assigneeLevel, String assigneeUnit, String assigneeUser,
		Integer score, String comment, Long survivor, String extension, SupervisionCard card) {

	ActionRequest toRequest() {
		return new ActionRequest(blankToNull(note), blankToNull(reason), assigneeLevel, blankToNull(assigneeUnit),
				blankToNull(assigneeUser), score, blankToNull(comment), survivor, blankToNull(extension), card);
	}
}
