package org.civicgrid.messaging.internal.outbound;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The RPC signature against the worked example of Alibaba Cloud's SMS signature page. */
class AliyunSignatureTests {

	/** The documentation's example: testId / testSecret, SendSms to 15300000001, signature zJDF+Lrzhj/ThnlvIToysFRq6t4=. */
	static Map<String, String> documentedExample() {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("SignatureMethod", "HMAC-SHA1");
		p.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
		p.put("AccessKeyId", "testId");
		p.put("SignatureVersion", "1.0");
		p.put("Timestamp", "2017-07-12T02:42:19Z");
		p.put("Format", "XML");
		p.put("Action", "SendSms");
		p.put("Version", "2017-05-25");
		p.put("RegionId", "cn-hangzhou");
		p.put("PhoneNumbers", "15300000001");
		p.put("SignName", "阿里云短信测试专用");
		p.put("TemplateParam", "{\"customer\":\"test\"}");
		p.put("TemplateCode", "SMS_71390007");
		p.put("OutId", "123");
		return p;
	}

	@Test
	void signsTheDocumentedExampleAsTheDocumentationDoes() {
		String query = AliyunSignature.canonicalQuery(documentedExample());
		assertThat(query).startsWith("AccessKeyId=testId&Action=SendSms&Format=XML&OutId=123&PhoneNumbers=15300000001"
				+ "&RegionId=cn-hangzhou&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8"
				+ "&SignatureMethod=HMAC-SHA1&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466&SignatureVersion=1.0"
				+ "&TemplateCode=SMS_71390007&TemplateParam=%7B%22customer%22%3A%22test%22%7D"
				+ "&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25");
		assertThat(AliyunSignature.stringToSign("GET", query)).startsWith("GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms");
		assertThat(AliyunSignature.sign(AliyunSignature.stringToSign("GET", query), "testSecret"))
			.isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
	}

	@Test
	void theIndependentSigningOfTheTestsAgreesOnTheExample() throws Exception {
		assertThat(AliyunSigning.expectedSignature(documentedExample(), "testSecret")).isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
	}

	@Test
	void encodesSpaceAsPercent20StarAsPercent2AAndKeepsTilde() {
		assertThat(AliyunSignature.percentEncode("a b*c~d+e/f")).isEqualTo("a%20b%2Ac~d%2Be%2Ff");
		assertThat(AliyunSignature.percentEncode("停水")).isEqualTo("%E5%81%9C%E6%B0%B4");
		assertThat(AliyunSignature.percentEncode("-_.~")).isEqualTo("-_.~");
	}
}
