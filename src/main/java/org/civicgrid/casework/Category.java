package org.civicgrid.casework;

import org.civicgrid.shared.time.TimeLimit;

/**
 * One small class of the catalog (GB/T 30428): an event (事件) or a component (部件) kind, with its filing
 * standard (立案条件), handling time limit (处置时限), closing standard (结案条件) and responsible unit.
 * Big and small codes are two digits each; {@link #code()} is unique across both kinds ({@code E0102}, {@code C0101}).
 */
public record Category(Kind kind, String bigCode, String bigName, String smallCode, String smallName,
		String filingStandard, TimeLimit timeLimit, String closingStandard, String responsibleUnit) {

	public enum Kind {

		EVENT("E"), COMPONENT("C");

		private final String prefix;

		Kind(String prefix) {
			this.prefix = prefix;
		}

		public String prefix() {
			return prefix;
		}
	}

	/** The kind's letter, the big and the small code: {@code E0102} is 市容环境 / 暴露垃圾. */
	public String code() {
		return kind.prefix + bigCode + smallCode;
	}
}
