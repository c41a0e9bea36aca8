package org.civicgrid.registry.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read of a stream of known size and reports each new percent, for the progress bar. */
final class ProgressStream extends FilterInputStream {

	private final long size;
	private final SheetRows.RowHandler handler;
	private long read;
	private int reported = -1;

	ProgressStream(InputStream in, long size, SheetRows.RowHandler handler) {
		super(in);
		this.size = Math.max(1, size);
		this.handler = handler;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			advance(1);
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n = super.read(b, off, len);
		if (n > 0) {
			advance(n);
		}
		return n;
	}

	private void advance(long n) {
		read += n;
		int percent = (int) Math.min(99, read * 100 / size);
		if (percent != reported) {
			reported = percent;
			handler.progress(percent);
		}
	}
}
