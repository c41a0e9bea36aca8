package org.civicgrid.region;

import java.util.Map;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.region.RegionFixtures.box;
import static org.civicgrid.region.RegionFixtures.collection;
import static org.civicgrid.region.RegionFixtures.feature;

/** Corners of editing regions, on fixtures under 龙源路街道 (410105563), away from the demo street. */
@IntegrationTest
class RegionCornerTests {

	@LocalServerPort
	int port;

	Api admin;

	@BeforeEach
	void setUp() {
		admin = Api.on(port).as("admin");
		assertThat(admin.post("/api/v1/regions/import", collection(feature("410105563", "龙源路街道", null))).status())
			.isEqualTo(200);
	}

	@Test
	void reimportingWithoutAGeometryKeepsTheBoundary() {
		admin.post("/api/v1/regions/import", collection(feature("410105563041", "保留社区", box(113.50, 34.50, 113.51, 34.51))));
		var r = admin.post("/api/v1/regions/import", collection(feature("410105563041", "改名社区", null)));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		var detail = admin.get("/api/v1/regions/410105563041").json();
		assertThat(detail.get("name").asString()).isEqualTo("改名社区");
		assertThat(detail.get("hasBoundary").asBoolean()).isTrue();
	}

	@Test
	void gridsWithoutBoundariesCannotBeCheckedAsNeighboursSoAreNotPaired() {
		admin.post("/api/v1/regions/import", collection(feature("410105563042", "无界社区", null),
				feature("410105563042001", "甲", null), feature("410105563042002", "乙", null)));
		var r = admin.put("/api/v1/regions/410105563042001/ab-partner", Map.of("partnerCode", "410105563042002"));
		assertThat(r.status()).as(r.body()).isEqualTo(422);
		assertThat(r.errorFields()).containsExactly("partnerCode");
	}

	@Test
	void aRefusedRedrawNamesTheFieldWithoutAnItemIndex() {
		admin.post("/api/v1/regions/import", collection(feature("410105563043", "边界社区", box(113.50, 34.52, 113.51, 34.53)),
				feature("410105563043001", "网格", box(113.50, 34.52, 113.505, 34.53))));
		var r = admin.put("/api/v1/regions/410105563043001/boundary",
				Map.of("type", "Feature", "geometry", box(113.60, 34.52, 113.61, 34.53)));
		assertThat(r.status()).as(r.body()).isEqualTo(422);
		var error = r.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("geometry");
		assertThat(error.has("item")).isFalse();
	}

	@Test
	void aRefusedSpreadsheetExportIsNotOfferedAsADownload() {
		var r = admin.get("/api/v1/regions/export.xlsx?root=410105563999");
		assertThat(r.status()).isEqualTo(404);
		assertThat(r.headers()).doesNotContainKey("content-disposition");
		assertThat(r.json().get("detail").asString()).contains("410105563999");
	}
}
