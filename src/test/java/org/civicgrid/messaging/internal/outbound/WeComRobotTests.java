package org.civicgrid.messaging.internal.outbound;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.civicgrid.messaging.OutboundContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The WeCom group robot adapter against a local server standing in for qyapi.weixin.qq.com. */
class WeComRobotTests {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String KEY = "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa";

	private FakeProvider provider;

	@AfterEach
	void stop() {
		if (provider != null) {
			provider.close();
		}
	}

	private WeComRobot robot() {
		return new WeComRobot(new WeComSettings(provider.base(), Duration.ofSeconds(2), Map.of("r", KEY)), JSON);
	}

	@Test
	void postsTextWithTheMentionedMobilesToTheRobotsWebhook() {
		provider = FakeProvider.answering(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
		SendOutcome outcome = robot().send(Dispatch.robot(5,
				KEY, new OutboundContent.RobotText("明日 8:00-12:00 停水，请提前储水。", List.of(1L), true),
				List.of("13912345678")));

		assertThat(outcome).isEqualTo(new SendOutcome.Sent(null));
		FakeProvider.Received r = provider.only();
		assertThat(r.method()).isEqualTo("POST");
		assertThat(r.path()).isEqualTo("/cgi-bin/webhook/send");
		assertThat(r.rawQuery()).isEqualTo("key=" + KEY);
		assertThat(r.contentType()).startsWith("application/json");
		assertThat(r.body()).isEqualTo("{\"msgtype\":\"text\",\"text\":{\"content\":\"明日 8:00-12:00 停水，请提前储水。\","
				+ "\"mentioned_mobile_list\":[\"13912345678\",\"@all\"]}}");
	}

	@Test
	void textWithoutMentionsCarriesNoMentionList() {
		provider = FakeProvider.answering(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
		robot().send(Dispatch.robot(5, KEY, OutboundContent.text("好消息"), List.of()));
		assertThat(provider.only().body()).isEqualTo("{\"msgtype\":\"text\",\"text\":{\"content\":\"好消息\"}}");
	}

	@Test
	void postsMarkdown() {
		provider = FakeProvider.answering(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
		robot().send(Dispatch.robot(6, KEY, OutboundContent.markdown("## 停水通知\n> 时间：<font color=\"warning\">明日 8:00</font>"),
				List.of()));
		assertThat(provider.only().body()).isEqualTo("{\"msgtype\":\"markdown\",\"markdown\":{\"content\":"
				+ "\"## 停水通知\\n> 时间：<font color=\\\"warning\\\">明日 8:00</font>\"}}");
	}

	@Test
	void theRobotsRateLimitIsTriedAgainAfterAMinute() {
		provider = FakeProvider.answering(200, "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");
		assertThat(robot().send(Dispatch.robot(7, KEY, OutboundContent.text("x"), List.of())))
			.isEqualTo(new SendOutcome.Retry("errcode 45009: api freq out of limit", Duration.ofMinutes(1)));
	}

	@Test
	void aBusySystemAndAServerErrorAreWorthAnotherAttempt() {
		provider = FakeProvider.answering(200, "{\"errcode\":-1,\"errmsg\":\"system busy\"}");
		assertThat(robot().send(Dispatch.robot(8, KEY, OutboundContent.text("x"), List.of())))
			.isEqualTo(SendOutcome.Retry.now("errcode -1: system busy"));
		provider.standing(502, "");
		assertThat(robot().send(Dispatch.robot(8, KEY, OutboundContent.text("x"), List.of())))
			.isEqualTo(SendOutcome.Retry.now("HTTP 502"));
	}

	@Test
	void aWrongKeyIsRefusedForGoodWithoutTheKeyInTheError() {
		provider = FakeProvider.answering(200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url, hint: [" + KEY
				+ "], more info at https://open.work.weixin.qq.com/devtool/query?e=93000\"}");
		SendOutcome outcome = robot().send(Dispatch.robot(9, KEY, OutboundContent.text("x"), List.of()));
		assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Refused.class, r -> assertThat(r.error())
			.startsWith("errcode 93000: invalid webhook url").contains("(key)").doesNotContain(KEY));
	}

	@Test
	void theSettingsNameTheRobotsButNotTheirKeys() {
		assertThat(new WeComSettings(null, null, Map.of("ruyihu", KEY)).toString()).contains("ruyihu").doesNotContain(KEY);
	}
}
