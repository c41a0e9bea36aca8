package org.civicgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.civicgrid.casework.Category;
import org.civicgrid.casework.Category.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The shipped catalog (GB/T 30428 big and small classes) and how a broken one is reported. */
class CatalogReaderTests {

	private static final String HEADER = CatalogReader.HEADER;

	static Catalog theDefaultCatalog() throws IOException {
		try (InputStream in = new ClassPathResource("casework/catalog-default.csv").getInputStream()) {
			return new Catalog(CatalogReader.read(in, "catalog-default.csv"));
		}
	}

	@Test
	void shipsAtLeastFortyEventSmallClassesInElevenBigClasses() throws IOException {
		Catalog catalog = theDefaultCatalog();

		assertThat(catalog.of(Kind.EVENT)).hasSizeGreaterThanOrEqualTo(40);
		assertThat(catalog.of(Kind.EVENT)).extracting(Category::bigName).containsOnly("市容环境", "宣传广告", "施工管理",
				"突发事件", "街面秩序", "矛盾纠纷", "治安安全隐患", "民生服务", "安全生产", "环境保护", "市场监管");
		assertThat(catalog.of(Kind.EVENT)).allSatisfy(category -> {
			assertThat(category.timeLimit()).isNotNull();
			assertThat(category.filingStandard()).isNotBlank();
			assertThat(category.closingStandard()).isNotBlank();
			assertThat(category.responsibleUnit()).isNotBlank();
		});
	}

	@Test
	void carriesTheRowsOfThePublishedManuals() throws IOException {
		Catalog catalog = theDefaultCatalog();

		assertThat(catalog.find("E0101")).get().satisfies(c -> {
			assertThat(c.smallName()).isEqualTo("私搭乱建");
			assertThat(c.timeLimit()).hasToString("4wh");
		});
		assertThat(catalog.find("E0102").orElseThrow().smallName()).isEqualTo("暴露垃圾");
		assertThat(catalog.find("E0102").orElseThrow().timeLimit()).hasToString("4wh");
		assertThat(catalog.find("E0105").orElseThrow().timeLimit()).hasToString("2wh");
		assertThat(catalog.find("E0107").orElseThrow().smallName()).isEqualTo("绿地养护");
		assertThat(catalog.find("E0107").orElseThrow().timeLimit()).hasToString("5wd");
	}

	@Test
	void shipsComponentBigClassesOneToSixWithSeveralSmallClassesEach() throws IOException {
		List<Category> components = theDefaultCatalog().of(Kind.COMPONENT);

		assertThat(components).extracting(Category::bigCode).containsOnly("01", "02", "03", "04", "05", "06");
		assertThat(components).extracting(Category::smallName).contains("上水井盖", "路灯", "垃圾箱", "消防栓");
		assertThat(theDefaultCatalog().find("C0101").orElseThrow().bigName()).isEqualTo("公用设施");
	}

	@Test
	void reportsEveryBrokenLineByItsNumber() {
		List<String> lines = List.of(HEADER,
				"EVENT,01,市容环境,01,私搭乱建,未经批准搭建,4wh,已拆除,城管",
				"EVENT,01,市容环境,2,暴露垃圾,成堆垃圾,4wh,已清除,环卫",
				"",
				"EVENT,01,市容环境,03,建筑垃圾,堆放建筑垃圾,4 hours,已清运,城管",
				"EVENT,01,市容环境,01,私搭乱建,重复,4wh,已拆除,城管",
				"INCIDENT,01,市容环境,04,渣土,渣土,2wd,已清运,城管",
				"EVENT,01,市容,05,道路保洁,脏,2wh,干净,环卫",
				"EVENT,01,市容环境,06,绿地保洁,垃圾,4wh,已清除",
				"EVENT,01,市容环境,07,绿地养护,,5wd,已补植,园林");

		assertThatIllegalArgumentException().isThrownBy(() -> CatalogReader.read(lines, "street.csv"))
			.withMessageStartingWith("Catalog street.csv has 7 wrong line(s):")
			.withMessageContaining("line 3: small code '2' is not two digits such as 01")
			.withMessageContaining("line 5: Time limit '4 hours' is not understood")
			.withMessageContaining("line 6: category E0101 is already on line 2")
			.withMessageContaining("line 7: kind 'INCIDENT' is neither EVENT nor COMPONENT")
			.withMessageContaining("line 8: big class 01 市容 is named 市容环境 on an earlier line")
			.withMessageContaining("line 9: 8 fields instead of 9")
			.withMessageContaining("line 10: filing standard is empty");
	}

	@Test
	void needsTheHeader() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CatalogReader.read(List.of("EVENT,01,市容环境,01,私搭乱建,x,4wh,y,z"), "street.csv"))
			.withMessage("Catalog street.csv, line 1: the header must be " + HEADER);
	}

	@Test
	void eventAndComponentCodesDoNotClash() {
		List<Category> categories = CatalogReader.read(List.of("\uFEFF" + HEADER,
				"EVENT,01,市容环境,01,私搭乱建,x,4wh,y,z", "COMPONENT,01,公用设施,01,上水井盖,x,2h,y,z"), "both.csv");

		assertThat(categories).extracting(Category::code).containsExactly("E0101", "C0101");
	}
}
