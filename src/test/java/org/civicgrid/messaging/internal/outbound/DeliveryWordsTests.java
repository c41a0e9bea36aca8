package org.civicgrid.messaging.internal.outbound;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The worker's own phrases in the reader's words; the provider's words as the provider wrote them. */
class DeliveryWordsTests {

	static final Locale ZH = Locale.forLanguageTag("zh-CN");

	private final DeliveryWords words = new DeliveryWords(bundle());

	static ResourceBundleMessageSource bundle() {
		ResourceBundleMessageSource m = new ResourceBundleMessageSource();
		m.setBasename("i18n/messages");
		m.setDefaultEncoding("UTF-8");
		m.setFallbackToSystemLocale(false);
		return m;
	}

	@Test
	void theWorkersPhrasesAreSaidInTheReadersLanguage() {
		assertThat(words.error("gave up after 5 attempts: timeout after 10 s", ZH)).isEqualTo("5 次尝试均未成功，已放弃：10 秒内没有应答");
		assertThat(words.error("no phone on record for person 12345", ZH)).isEqualTo("居民信息中没有此人（#12345）的手机号");
		assertThat(words.error(DeliveryWorker.NOT_BY_SMS, ZH)).isEqualTo("居民设置不接收这类消息的短信");
		assertThat(words.error("the phone on record is a landline, which takes no SMS", Locale.ENGLISH))
			.isEqualTo("The number on record is a landline, which takes no SMS");
		assertThat(words.error("no connection to dysmsapi.aliyuncs.com", ZH)).isEqualTo("无法连接 dysmsapi.aliyuncs.com");
	}

	@Test
	void theProvidersWordsStayAsTheyCame() {
		assertThat(words.error("isv.SMS_TEMPLATE_ILLEGAL: 模板不合法", ZH)).isEqualTo("isv.SMS_TEMPLATE_ILLEGAL: 模板不合法");
		assertThat(words.error("gave up after 3 attempts: HTTP 502", ZH)).isEqualTo("3 次尝试均未成功，已放弃：HTTP 502");
		assertThat(words.error(null, ZH)).isEmpty();
	}
}
