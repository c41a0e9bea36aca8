package org.civicgrid.identity.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.civicgrid.identity.AccountChange;
import org.civicgrid.identity.AccountManagement;
import org.civicgrid.identity.AccountQuery;
import org.civicgrid.identity.NewAccount;
import org.civicgrid.identity.internal.IdentitySorts;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.OutOfScopeException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.Sort;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.ListLinks;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.PageForms;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators find accounts by name, role and region, sorted by a header, and open accounts, set role and scope,
 * reset passwords and disable accounts. A refusal shows the page again, the list as it was (each form posts it as
 * {@code list}), with each wrong field marked in the form it was typed in and what was typed kept (never a password).
 */
@Controller
class AccountPages {

	static final PageForm NEW_ACCOUNT = PageForm.of(NewAccount.class)
		.field("username", "accounts.username")
		.field("displayName", "accounts.name")
		.field("password", "accounts.password")
		.field("role", "accounts.role")
		.field("regionCode", "accounts.region");

	static final PageForm ACCOUNT_CHANGE = PageForm.of(AccountChange.class)
		.field("displayName", "accounts.name")
		.field("role", "accounts.role")
		.field("regionCode", "accounts.region")
		.field("enabled", "accounts.enabled-field");

	static final PageForm PASSWORD_RESET = PageForm.plain().field("password", "accounts.new-password");

	private static final int PAGE_SIZE = 25;

	private final AccountManagement accounts;
	private final PageForms forms;
	private final MessageSource messages;
	private final Clock clock;

	AccountPages(AccountManagement accounts, PageForms forms, MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.forms = forms;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/accounts")
	String list(@AuthenticationPrincipal Caller caller, @ModelAttribute("filter") AccountQuery filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort, Model model) {
		return show(caller, new Listed(filter, page, IdentitySorts.ACCOUNTS.known(sort)), AccountForm.empty(), null,
				model);
	}

	@PostMapping("/admin/accounts")
	String create(@AuthenticationPrincipal Caller caller, @ModelAttribute AccountForm form,
			@RequestParam(required = false) String password, @RequestParam(required = false) String list,
			Locale locale, Model model, RedirectAttributes flash) {
		NewAccount account = form.toNewAccount(password);
		List<FieldProblem> invalid = new ArrayList<>(forms.violations(NEW_ACCOUNT, account, locale));
		if (!invalid.isEmpty()) {
			// the facade would say this only once the rest is right: say it now, with the rest
			if (account.username() != null && accounts.usernameTaken(caller, account.username())) {
				invalid.add(FieldProblem.of("username", "account.username-taken", account.username()));
			}
			return show(caller, Listed.of(list), form, forms.problems(NEW_ACCOUNT, invalid, locale).of("new-account"), model);
		}
		try {
			accounts.create(caller, account);
		}
		catch (OutOfScopeException e) {
			// on this form only the region can lie outside the administrator's scope
			FormErrors outside = forms.problems(NEW_ACCOUNT,
					List.of(FieldProblem.of("regionCode", e.messageKey(), e.args())), locale);
			return show(caller, Listed.of(list), form, outside.of("new-account"), model);
		}
		catch (ProblemException e) {
			return show(caller, Listed.of(list), form, forms.refused(NEW_ACCOUNT, e, locale).of("new-account"), model);
		}
		return done("accounts.created", list, locale, flash);
	}

	@PostMapping("/admin/accounts/{id}")
	String change(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) String role, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) Boolean enabled, @RequestParam(required = false) String list,
			Locale locale, Model model, RedirectAttributes flash) {
		Role chosen = AccountForm.role(role);
		AccountChange change = new AccountChange(null, chosen, regionCode == null ? "" : regionCode.trim(), enabled);
		FormErrors invalid = forms.check(ACCOUNT_CHANGE, change, locale);
		if (chosen == null) {
			invalid = forms.problems(ACCOUNT_CHANGE, List.of(FieldProblem.of("role", "validation.required")), locale);
		}
		if (!invalid.any()) {
			try {
				accounts.change(caller, id, change);
				return done("accounts.saved", list, locale, flash);
			}
			catch (ProblemException e) {
				invalid = forms.refused(ACCOUNT_CHANGE, e, locale);
			}
		}
		model.addAttribute("row", new AccountRow(id, role, regionCode));
		return show(caller, Listed.of(list), AccountForm.empty(), invalid.of("account-" + id), model);
	}

	@PostMapping("/admin/accounts/{id}/password")
	String resetPassword(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) String password, @RequestParam(required = false) String list,
			Locale locale, Model model, RedirectAttributes flash) {
		try {
			accounts.resetPassword(caller, id, password);
			return done("accounts.password-reset", list, locale, flash);
		}
		catch (ProblemException e) {
			return show(caller, Listed.of(list), AccountForm.empty(),
					forms.refused(PASSWORD_RESET, e, locale).of("password-" + id), model);
		}
	}

	private String show(Caller caller, Listed listed, AccountForm form, FormErrors errors, Model model) {
		model.addAttribute("accounts", accounts.list(caller, listed.filter(),
				new PageRequest(Math.max(0, listed.page()), PAGE_SIZE, listed.sort())));
		model.addAttribute("filter", listed.filter());
		model.addAttribute("sort", listed.sort());
		model.addAttribute("roles", List.of(Role.values()));
		model.addAttribute("now", clock.instant());
		model.addAttribute("form", form);
		model.addAttribute("formErrors", errors);
		return "admin/accounts";
	}

	private String done(String messageKey, String list, Locale locale, RedirectAttributes flash) {
		flash.addFlashAttribute("message", messages.getMessage(messageKey, null, locale));
		return "redirect:" + ListLinks.back(list, "/admin/accounts");
	}

	/** The list a form was posted from: its search, page and sort. */
	record Listed(AccountQuery filter, int page, Sort sort) {

		static Listed of(String list) {
			ListLinks.Posted posted = ListLinks.posted(list);
			return new Listed(new AccountQuery(posted.value("q"), AccountForm.role(posted.value("role")),
					posted.value("region")), posted.page(), posted.sort(IdentitySorts.ACCOUNTS));
		}
	}

	/** A row's form as typed, shown again in that row beside a refusal. */
	record AccountRow(long id, String role, String regionCode) {
	}
}
