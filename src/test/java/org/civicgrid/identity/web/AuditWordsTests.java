package org.civicgrid.identity.web;

import java.util.Locale;

import org.civicgrid.shared.time.CalendarSettings;
import org.civicgrid.shared.time.Times;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit page reads the trail's codes and notes in the reader's words, times in Beijing time. */
class AuditWordsTests {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private final AuditWords words = new AuditWords(bundles(), new Times(CalendarSettings.defaults()));

	@Test
	void actionsReadAsWordsAndAnUnknownActionKeepsItsCode() {
		assertThat(words.action("PERSONAL_DATA_REVEALED", ZH)).isEqualTo("查看个人信息明文");
		assertThat(words.action("LOGIN", Locale.ENGLISH)).isEqualTo("Signed in");
		assertThat(words.action("SOMETHING_NEW", ZH)).isEqualTo("SOMETHING_NEW");
	}

	@Test
	void notesWrittenByModulesReadInChineseWithRolesAndBeijingTime() {
		assertThat(words.detail("role STREET_STAFF, region 410105560, enabled true", ZH))
			.isEqualTo("角色 街道工作人员, 区域 410105560, 启用 是");
		assertThat(words.detail("wrong password", ZH)).isEqualTo("密码错误");
		assertThat(words.detail("locked until 2026-12-02T01:00:00Z", ZH)).isEqualTo("锁定至 2026-12-02 09:00:00");
		assertThat(words.detail("state: DONE; active key: 2; total: 10; resealed: 9; changed meanwhile: 1; "
				+ "unreadable: 0", ZH)).isEqualTo("状态: 已完成; 当前密钥: 2; 总数: 10; 已重新加密: 9; 期间有变更: 1; 无法读取: 0");
	}

	@Test
	void whatAPersonWroteStaysAsWritten() {
		assertThat(words.detail("reason: 核对低保申请人户籍 role", ZH)).isEqualTo("理由: 核对低保申请人户籍 角色");
		assertThat(words.detail("核对低保申请人户籍", ZH)).isEqualTo("核对低保申请人户籍");
		assertThat(words.detail(null, ZH)).isEmpty();
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
