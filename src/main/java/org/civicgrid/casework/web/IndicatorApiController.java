package org.civicgrid.casework.web;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.casework.internal.IndicatorService;
import org.civicgrid.casework.internal.IndicatorQuery;
import org.civicgrid.casework.internal.IndicatorReport;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases/indicators")
@Tag(name = "indicators", description = "Evaluation indicators per region, department and person")
class IndicatorApiController {

	private final IndicatorService indicators;
	private final IndicatorSheet sheet;

	IndicatorApiController(IndicatorService indicators, IndicatorSheet sheet) {
		this.indicators = indicators;
		this.sheet = sheet;
	}

	@GetMapping
	@Operation(summary = "Filed, closed, closure and on-time closure rates, rework and extension rates, handling time, "
			+ "satisfaction and the composite score over the cases reported from..to (days, inclusive)")
	IndicatorReport report(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String groupBy, @RequestParam(required = false) String region) {
		return indicators.indicators(caller, query(from, to, groupBy, region));
	}

	@GetMapping("/export.xlsx")
	@Operation(summary = "The same table as an Excel sheet")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String groupBy, @RequestParam(required = false) String region,
			Locale locale) {
		IndicatorReport report = indicators.indicators(caller, query(from, to, groupBy, region));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		sheet.write(report, locale, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CategoryApiController.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicators-%s-%s.xlsx\""
				.formatted(report.from(), report.to()))
			.body(out.toByteArray());
	}

	static IndicatorQuery query(LocalDate from, LocalDate to, String groupBy, String region) {
		return new IndicatorQuery(from, to, groupBy(groupBy), region);
	}

	static IndicatorQuery.GroupBy groupBy(String text) {
		if (text == null || text.isBlank()) {
			return IndicatorQuery.GroupBy.REGION;
		}
		try {
			return IndicatorQuery.GroupBy.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw InvalidInputException.of("groupBy", "casework.indicators.group-by", text);
		}
	}
}
