package org.civicgrid.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: Chinese first. {@code ?lang=en} switches and is kept in a cookie; without a cookie the
 * Accept-Language header decides between zh-CN and English, and anything else falls back to zh-CN.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("civicgrid-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> {
			// without the header the container reports its own default locale, which is not the caller's choice
			if (request.getHeader("Accept-Language") == null) {
				return Locale.SIMPLIFIED_CHINESE;
			}
			for (var it = request.getLocales().asIterator(); it.hasNext();) {
				Locale wanted = it.next();
				for (Locale supported : SUPPORTED) {
					if (supported.getLanguage().equals(wanted.getLanguage())) {
						return supported;
					}
				}
			}
			return Locale.SIMPLIFIED_CHINESE;
		});
		return resolver;
	}

	private final WebSettings settings;
	private final Menu menu;

	WebConfiguration(WebSettings settings, List<MenuItems> menuItems) {
		this.settings = settings;
		this.menu = new Menu(menuItems);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
		registry.addInterceptor(new PageModelInterceptor(settings, menu));
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(WebSettings settings, Problems problems) {
		var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(settings.maxBodySize(), problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}
}
