package org.civicgrid.demo;

import java.util.List;
import java.util.SplittableRandom;

import org.civicgrid.registry.Sex;

/**
 * Residents' names for the demo registry: a surname and a given name chosen from the list of the person's recorded
 * sex, so that a 秀英 is never a man and a 建国 never a woman (the two lists share no name). Given names are
 * drawn whole; cutting them out of one string of characters made names such as 英敏 that nobody is called.
 */
final class ResidentNames {

	static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	static final List<String> MALE = List.of("伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏",
			"飞", "鑫", "波", "斌", "宇", "浩", "凯", "健", "俊", "建国", "建华", "建军", "志强", "志明", "晓东", "海涛", "国庆",
			"文博", "浩然", "子轩", "宇航", "俊杰", "明辉", "永强", "天佑", "家豪", "振华", "德明", "立新");

	static final List<String> FEMALE = List.of("芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "萍", "红", "洁",
			"琳", "婷", "雪", "慧", "颖", "倩", "秀英", "秀兰", "桂英", "玉兰", "丽娟", "海燕", "晓红", "丹丹", "欣怡", "子涵",
			"雨桐", "诗涵", "梦琪", "佳怡", "思雨", "婉婷", "美玲", "淑珍", "凤英", "春梅", "晓燕", "雅静", "文静");

	private ResidentNames() {
	}

	static String surname(SplittableRandom r) {
		return String.valueOf(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
	}

	static String given(Sex sex, SplittableRandom r) {
		List<String> names = of(sex);
		return names.get(r.nextInt(names.size()));
	}

	static List<String> of(Sex sex) {
		return sex == Sex.MALE ? MALE : FEMALE;
	}
}
