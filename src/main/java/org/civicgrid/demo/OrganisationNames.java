package org.civicgrid.demo;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Names for the demo's organisations, none given twice by one instance: one instance names a whole load, so no two
 * organisations of the demo district share a name (every grid of a community has the same place name, and two
 * 郑州如意湖餐饮有限公司 in one street were the rule). A name is 郑州, the place, a trade name (字号) and the kind
 * (郑州如意湖恒泰餐饮有限公司), as names are registered.
 */
final class OrganisationNames {

	private static final String[] TRADE_NAMES = { "鑫源", "恒泰", "福满", "佳和", "顺达", "宏图", "金穗", "瑞丰", "华联",
			"兴隆", "嘉禾", "广源", "汇通", "同心", "康乐", "百姓", "惠民", "润和", "鸿运", "安康", "万家", "聚福", "吉祥", "乐邻",
			"长青", "新世纪", "友谊", "春晖", "正阳", "博远" };

	private final Set<String> given = new HashSet<>();

	/** A name no earlier call gave: a random trade name, or the first free one when chance keeps hitting taken ones. */
	String next(String place, String kind, SplittableRandom r) {
		String prefix = "郑州" + place;
		for (int tries = 0; tries < 5; tries++) {
			String name = prefix + TRADE_NAMES[r.nextInt(TRADE_NAMES.length)] + kind;
			if (given.add(name)) {
				return name;
			}
		}
		for (int branch = 1;; branch++) {
			for (String trade : TRADE_NAMES) {
				String name = prefix + trade + (branch == 1 ? "" : String.valueOf(branch)) + kind;
				if (given.add(name)) {
					return name;
				}
			}
		}
	}
}
