package org.civicgrid.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civicgrid.demo.DemoDistrict;
import org.civicgrid.demo.DemoRegion;
import org.civicgrid.demo.DemoScale;
import org.civicgrid.shared.RegionLevel;

/**
 * Writes the residents of the district-scale demo as the person import template expects them: valid ID numbers
 * of 金水区 (410105) with their check characters, distinct mobile numbers, Chinese names, and the grid codes of
 * the district demo (455 grids, seed 20261122), spread evenly. SXSSF keeps 100 rows in memory.
 *
 * <pre>java -cp bench/target/civicgrid-bench.jar org.civicgrid.bench.ResidentsWorkbook residents.xlsx [300000]</pre>
 */
public final class ResidentsWorkbook {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽";
	private static final String[] ETHNICITIES = { "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "回族", "满族", "蒙古族" };

	private ResidentsWorkbook() {
	}

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args.length > 0 ? args[0] : "residents.xlsx");
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
		List<String> grids = DemoDistrict.generate(DemoScale.DISTRICT, 20261122L, code -> Optional.empty()).stream()
			.filter(r -> r.level() == RegionLevel.GRID).map(DemoRegion::code).sorted().toList();
		long started = System.nanoTime();
		SXSSFWorkbook book = new SXSSFWorkbook(100);
		book.setCompressTempFiles(true);
		try (OutputStream file = Files.newOutputStream(out)) {
			Sheet sheet = book.createSheet("人口");
			write(sheet.createRow(0), "姓名", "证件号码", "联系电话", "网格编码", "民族", "现住址");
			LocalDate first = LocalDate.of(1940, 1, 1);
			int days = 65 * 365;
			for (int i = 0; i < count; i++) {
				LocalDate birth = first.plusDays((i * 7919L) % days);
				String first17 = "410105" + birth.toString().replace("-", "") + "%03d".formatted((i / days) % 1000);
				String grid = grids.get(i % grids.size());
				write(sheet.createRow(i + 1), name(i), withCheck(first17), "%d".formatted(13_000_000_000L + i * 37L),
						grid, ETHNICITIES[i % ETHNICITIES.length], "第" + (1 + i % 40) + "号楼" + (1 + i % 6) + "单元");
			}
			book.write(file);
		}
		finally {
			book.close();
		}
		System.out.printf("%s: %,d residents in %d grids, %,d bytes, written in %.1f s%n", out, count, grids.size(),
				Files.size(out), (System.nanoTime() - started) / 1e9);
	}

	private static String name(int i) {
		StringBuilder b = new StringBuilder().append(SURNAMES.charAt(i % SURNAMES.length()));
		b.append(GIVEN.charAt((i / 7) % GIVEN.length()));
		if (i % 3 != 0) {
			b.append(GIVEN.charAt((i / 13) % GIVEN.length()));
		}
		return b.toString();
	}

	/** GB 11643-1999: weights 2^(17-i) mod 11, the sum mod 11 through "10X98765432". */
	static String withCheck(String first17) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

	private static void write(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}
}
