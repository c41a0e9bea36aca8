package org.civicgrid.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.OutOfScopeException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What a page shows for a wrong form: messages in the bundles' words beside labelled fields, never a path. */
class PageFormsTests {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	record Signup(@NotBlank @Size(min = 3, max = 8) @Pattern(regexp = "[a-z]+") String username,
			@NotNull String role, @Size(max = 4) String note) {
	}

	private static final PageForm SIGNUP = PageForm.of(Signup.class)
		.field("username", "accounts.username")
		.field("role", "accounts.role")
		.field("note", "casework.page.note");

	private final PageForms forms = new PageForms(Validation.buildDefaultValidatorFactory().getValidator(), bundles());

	@Test
	void violationsAreSaidInTheBundlesWordsBesideTheirFieldsAndSummedUpByLabel() {
		FormErrors errors = forms.check(SIGNUP, new Signup(null, null, "12345"), ZH);

		assertThat(errors.message("username")).isEqualTo("必填");
		assertThat(errors.message("role")).isEqualTo("必填");
		assertThat(errors.message("note")).isEqualTo("不能超过 4 个字符");
		assertThat(errors.summary()).startsWith("请修改标出的字段：用户名、角色、");
		assertThat(errors.invalid("role")).isEqualTo("is-invalid");
		assertThat(errors.invalid("other")).isNull();
		assertThat(errors.notes()).isEmpty();
	}

	@Test
	void aPatternIsExplainedByTheFieldsOwnWordingNotByItsExpression() {
		FormErrors errors = forms.check(SIGNUP, new Signup("A!", "x", null), ZH);

		assertThat(errors.message("username")).isEqualTo("只能包含字母、数字、下划线、点和短横线；至少 3 个字符");
		assertThat(errors.summary()).isEqualTo("请修改标出的字段：用户名");
	}

	@Test
	void aFieldWithoutItsOwnWordingForItsShapeGetsTheGeneralOne() {
		PageForm form = PageForm.of(Signup.class).field("username", "people.field.name");

		assertThat(forms.check(form, new Signup("ABCD", "x", null), ZH).message("username")).isEqualTo("格式不正确");
	}

	@Test
	void aValidInputHasNoErrors() {
		assertThat(forms.check(SIGNUP, new Signup("abcd", "x", null), ZH).any()).isFalse();
	}

	@Test
	void aRefusalNamingAFieldMarksItAndSaysItOnce() {
		FormErrors errors = forms.refused(SIGNUP, ConflictException.on("username", "account.username-taken", "abcd"), ZH);

		assertThat(errors.message("username")).isEqualTo("用户名 abcd 已被使用");
		assertThat(errors.summary()).isEqualTo("请修改标出的字段：用户名");
		assertThat(errors.notes()).isEmpty();
	}

	@Test
	void aValidationRefusalLeavesTheApisSeeErrorsSentenceOut() {
		FormErrors errors = forms.refused(SIGNUP, new InvalidInputException(List.of(
				FieldProblem.of("role", "validation.required"), FieldProblem.of("username", "validation.required"))), ZH);

		assertThat(errors.summary()).isEqualTo("请修改标出的字段：用户名、角色");
		assertThat(errors.fields()).containsExactly("username", "role");
		assertThat(errors.notes()).isEmpty();
	}

	@Test
	void aRefusalOfTheWholeStepIsANote() {
		FormErrors errors = forms.refused(SIGNUP, new OutOfScopeException("410102001001"), ZH);

		assertThat(errors.fields()).isEmpty();
		assertThat(errors.summary()).isNull();
		assertThat(errors.notes()).containsExactly("区域 410102001001 不在您的管辖范围内。");
		assertThat(errors.any()).isTrue();
	}

	@Test
	void aFieldTheFormDoesNotShowIsANoteWithoutItsPath() {
		FormErrors errors = forms.refused(SIGNUP, new InvalidInputException(List.of(
				FieldProblem.of("assignee.unitCode", "validation.required"))), ZH);

		assertThat(errors.fields()).isEmpty();
		assertThat(errors.notes()).containsExactly("必填");
	}

	@Test
	void aRowOfAnUploadIsNamedByItsNumberAndItsColumnsLabel() {
		FormErrors errors = forms.refused(SIGNUP, new InvalidInputException(List.of(
				FieldProblem.at(3, "role", "validation.required"), FieldProblem.at(4, "elsewhere", "validation.required"))),
				ZH);

		assertThat(errors.notes()).containsExactly("第 3 行角色：必填", "第 4 行：必填");
	}

	@Test
	void aPathNamesTheFieldOfItsFirstSegment() {
		PageForm form = PageForm.plain().field("responsibleUnits", "category.page.units").field("location", "x");

		assertThat(form.fieldOf("responsibleUnits[2]")).isEqualTo("responsibleUnits");
		assertThat(form.fieldOf("location.lat")).isEqualTo("location");
		assertThat(form.fieldOf("assignee.unitCode")).isNull();
	}

	@Test
	void errorsBelongToTheFormTheyWerePostedFrom() {
		FormErrors errors = forms.refused(SIGNUP, ConflictException.on("username", "account.username-taken", "a"), ZH)
			.of("account-7");

		assertThat(errors.at("account-7")).isSameAs(errors);
		assertThat(errors.at("account-8")).isNull();
		assertThat(errors.feedbackId("username")).isEqualTo("account-7-username-error");
		assertThat(errors.describedBy("role")).isNull();
	}

	@Test
	void englishJoinsTheLabelsWithCommas() {
		FormErrors errors = forms.check(SIGNUP, new Signup(null, null, null), Locale.ENGLISH);

		assertThat(errors.summary()).isEqualTo("Please correct the marked fields: Username, Role");
		assertThat(errors.message("role")).isEqualTo("required");
	}

	@Test
	void aPageWithoutAFormSaysTheMessagesWithoutPathsOrTheApisWording() {
		ProblemText text = new ProblemText(bundles());

		assertThat(text.of(new InvalidInputException(List.of(FieldProblem.of("region", "region.code-format", "12x"))), ZH))
			.doesNotContain("region:").doesNotContain("errors").startsWith("输入有误：");
		assertThat(text.of(new OutOfScopeException("410102001001"), ZH)).isEqualTo("区域 410102001001 不在您的管辖范围内。");
	}

	static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
