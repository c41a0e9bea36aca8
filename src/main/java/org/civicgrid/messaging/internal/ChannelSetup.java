package org.civicgrid.messaging.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

import org.civicgrid.region.BoundariesChanged;
import org.civicgrid.region.RegionSummary;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.RegionScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every street has its internal channel, every community and every building courtyard its own, from the region
 * hierarchy: at every start (after the demo district is loaded) and after boundaries change. A channel is never
 * removed with its region: its history stays. Each gets a random join code for its QR poster.
 */
@Component
@Order(50)
class ChannelSetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ChannelSetup.class);
	private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final Regions regions;
	private final StoredChannels channels;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ChannelSetup(Regions regions, StoredChannels channels, Clock clock) {
		this.regions = regions;
		this.channels = channels;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int added = addMissing("");
		if (added > 0) {
			log.info("Messaging channels added: {} (now {})", added, channels.count());
		}
	}

	@ApplicationModuleListener
	void on(BoundariesChanged changed) {
		addMissing("");
	}

	/** Adds the missing channels of every street under the prefix; answers how many. */
	int addMissing(String prefix) {
		Instant now = clock.instant();
		int added = 0;
		for (String street : regions.streetCodes(prefix)) {
			for (RegionSummary r : regions.subtree(RegionScope.ALL, RegionCode.of(street), RegionLevel.BUILDING)) {
				ChannelLevel level = switch (r.level()) {
					case STREET -> ChannelLevel.STREET;
					case COMMUNITY -> ChannelLevel.COMMUNITY;
					case BUILDING -> ChannelLevel.COURTYARD;
					default -> null;
				};
				if (level != null && channels.addMissing(level, r.code(), name(level, r.name()), joinCode(), now)) {
					added++;
				}
			}
		}
		return added;
	}

	private static String name(ChannelLevel level, String region) {
		return switch (level) {
			case STREET -> region + "工作群";
			case COMMUNITY -> region + "居民群";
			case COURTYARD -> region + "楼院群";
		};
	}

	private String joinCode() {
		StringBuilder code = new StringBuilder(10);
		for (int i = 0; i < 10; i++) {
			code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
		}
		return code.toString();
	}
}
