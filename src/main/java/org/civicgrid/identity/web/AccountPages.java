package org.civicgrid.identity.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.civicgrid.identity.AccountChange;
import org.civicgrid.identity.AccountManagement;
import org.civicgrid.identity.AccountQuery;
import org.civicgrid.identity.NewAccount;
import org.civicgrid.identity.internal.IdentitySorts;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.Sort;
import org.civicgrid.shared.web.ProblemText;
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

/** Administrators open accounts, set role and scope, reset passwords and disable accounts. */
@Controller
class AccountPages {

	private final AccountManagement accounts;
	private final Validator validator;
	private final ProblemText problems;
	private final MessageSource messages;
	private final Clock clock;

	AccountPages(AccountManagement accounts, Validator validator, ProblemText problems, MessageSource messages,
			Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.validator = validator;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping("/admin/accounts")
	String list(@AuthenticationPrincipal Caller caller, @ModelAttribute("filter") AccountQuery filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort, Model model) {
		Sort sorted = IdentitySorts.ACCOUNTS.known(sort);
		model.addAttribute("accounts", accounts.list(caller, filter, new PageRequest(Math.max(0, page), 25, sorted)));
		model.addAttribute("sort", sorted);
		model.addAttribute("roles", List.of(Role.values()));
		model.addAttribute("now", clock.instant());
		return "admin/accounts";
	}

	@PostMapping("/admin/accounts")
	String create(@AuthenticationPrincipal Caller caller, @RequestParam String username, @RequestParam String displayName,
			@RequestParam String password, @RequestParam Role role, @RequestParam(required = false) String regionCode,
			Locale locale, RedirectAttributes flash) {
		NewAccount account = new NewAccount(username.trim(), displayName, password, role,
				regionCode == null || regionCode.isBlank() ? null : regionCode.trim());
		Set<ConstraintViolation<NewAccount>> invalid = validator.validate(account);
		if (!invalid.isEmpty()) {
			flash.addFlashAttribute("error", invalid.stream()
				.map(v -> label(v.getPropertyPath().toString(), locale) + ": " + v.getMessage())
				.sorted().collect(Collectors.joining("; ")));
			return "redirect:/admin/accounts";
		}
		return attempt(() -> accounts.create(caller, account), "accounts.created", locale, flash);
	}

	@PostMapping("/admin/accounts/{id}")
	String change(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam Role role,
			@RequestParam(required = false) String regionCode, @RequestParam(required = false) Boolean enabled,
			Locale locale, RedirectAttributes flash) {
		AccountChange change = new AccountChange(null, role, regionCode == null ? "" : regionCode.trim(), enabled);
		return attempt(() -> accounts.change(caller, id, change), "accounts.saved", locale, flash);
	}

	@PostMapping("/admin/accounts/{id}/password")
	String resetPassword(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam String password,
			Locale locale, RedirectAttributes flash) {
		return attempt(() -> accounts.resetPassword(caller, id, password), "accounts.password-reset", locale, flash);
	}

	private String attempt(Runnable action, String doneKey, Locale locale, RedirectAttributes flash) {
		try {
			action.run();
			flash.addFlashAttribute("message", messages.getMessage(doneKey, null, locale));
		}
		catch (ProblemException e) {
			flash.addFlashAttribute("error", problems.of(e, locale));
		}
		return "redirect:/admin/accounts";
	}

	private String label(String field, Locale locale) {
		String key = switch (field) {
			case "displayName" -> "accounts.name";
			case "regionCode" -> "accounts.region";
			default -> "accounts." + field;
		};
		return messages.getMessage(key, null, field, locale);
	}
}
