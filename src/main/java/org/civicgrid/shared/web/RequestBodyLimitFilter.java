package org.civicgrid.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code civicgrid.web.max-body-size} with 413, before anything reads them:
 * declared lengths at once, chunked bodies as soon as they pass the limit. Multipart uploads have their own
 * limits (spring.servlet.multipart) and are left to them.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long limit;
	private final Problems problems;

	RequestBodyLimitFilter(DataSize limit, Problems problems) {
		this.limit = limit.toBytes();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > limit) {
			response.setHeader("Connection", "close");
			problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "too-large", "problem.too-large.detail",
					DataSize.ofBytes(limit).toMegabytes() + " MB");
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	/** Counts what is read and fails once the limit is passed, for bodies without a declared length. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {
				private long count;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0) {
						count(1);
					}
					return b;
				}

				@Override
				public int read(byte[] buf, int off, int len) throws IOException {
					int n = in.read(buf, off, len);
					if (n > 0) {
						count(n);
					}
					return n;
				}

				private void count(int n) {
					count += n;
					if (count > limit) {
						throw new BodyTooLargeException();
					}
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}
			};
		}
	}

	/** Thrown while reading a body past the limit; answered with 413 by {@link ApiExceptionHandler}. */
	static final class BodyTooLargeException extends HttpMessageNotReadableException {

		BodyTooLargeException() {
			super("Request body too large", (org.springframework.http.HttpInputMessage) null);
		}
	}
}
