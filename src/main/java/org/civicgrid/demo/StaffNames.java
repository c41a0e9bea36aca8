package org.civicgrid.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.civicgrid.region.StaffDuty;
import org.civicgrid.region.StaffMember;

/** Plausible Chinese names, phone numbers and place names, derived from the seed and a code. */
final class StaffNames {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕辉鹏建国建华志强志明海燕晓东晓红丹丹子涵浩然欣怡文博";
	private static final String[] PLACES = { "如意", "龙湖", "天鹅", "商都", "博学", "湖心", "东风", "金水", "熊儿河", "祭城",
			"龙源", "金光", "普惠", "聚源", "泰和", "永平", "康宁", "安居", "祥和", "润泽" };
	private static final String[] ESTATES = { "绿地", "正商", "建业", "康桥", "永威", "鑫苑", "名门", "美景", "亚星", "升龙" };

	private final long seed;

	StaffNames(long seed) {
		this.seed = seed;
	}

	String communityName(String code) {
		SplittableRandom r = random(code);
		return PLACES[r.nextInt(PLACES.length)] + PLACES[r.nextInt(PLACES.length)].substring(0, 1) + "社区";
	}

	String courtyardName(String code, int index) {
		SplittableRandom r = random(code);
		return ESTATES[r.nextInt(ESTATES.length)] + PLACES[r.nextInt(PLACES.length)] + "苑" + (index % 12 + 1) + "号院";
	}

	/** 一长三员: a grid leader, a grid worker, an assistant from the property company, two informants. */
	List<StaffMember> gridStaff(String gridCode) {
		SplittableRandom r = random(gridCode);
		List<StaffMember> staff = new ArrayList<>();
		staff.add(member(StaffDuty.GRID_LEADER, r));
		staff.add(member(StaffDuty.GRID_WORKER, r));
		staff.add(member(StaffDuty.ASSISTANT, r));
		staff.add(member(StaffDuty.INFORMANT, r));
		staff.add(member(StaffDuty.INFORMANT, r));
		return staff;
	}

	List<StaffMember> buildingStaff(String buildingCode) {
		return List.of(member(StaffDuty.BUILDING_LEADER, random(buildingCode)));
	}

	private StaffMember member(StaffDuty duty, SplittableRandom r) {
		return new StaffMember(duty, name(r), phone(r), "/img/staff.svg");
	}

	static String name(SplittableRandom r) {
		String given = GIVEN.substring(r.nextInt(GIVEN.length()));
		int length = 1 + r.nextInt(2);
		return SURNAMES.charAt(r.nextInt(SURNAMES.length())) + given.substring(0, Math.min(length, given.length()));
	}

	static String phone(SplittableRandom r) {
		String[] prefixes = { "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "186", "187", "188" };
		return prefixes[r.nextInt(prefixes.length)] + "%08d".formatted(r.nextInt(100_000_000));
	}

	private SplittableRandom random(String code) {
		return new SplittableRandom(seed * 31 + code.hashCode());
	}
}
