package se.egalleria.web.rest.catalog;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import se.egalleria.shared.InvalidInputException;

/** An upload that may not exceed a size; beyond it, a clear 400 rather than memory trouble. */
final class LimitedInput extends FilterInputStream {

    private final long limit;
    private long read;

    LimitedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw new InvalidInputException("file", "csv.error.fileTooLarge", limit / (1024 * 1024));
        }
    }
}
