package dev.roster.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * An answer rendered to learn its size: it keeps the bytes while they are fewer than a limit (a small
 * answer, then written as it is) and past the limit only counts them, so that measuring a large
 * answer costs no memory.
 */
final class MeasuredAnswer extends OutputStream {
    private final int keptUpTo;
    private byte[] kept = new byte[4096];
    private long size;

    MeasuredAnswer(int keptUpTo) {
        this.keptUpTo = keptUpTo;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1); // Jackson writes whole buffers; this is never on a hot path
    }

    @Override
    public void write(byte[] b, int off, int len) {
        long end = size + len;
        if (end < keptUpTo) {
            if (end > kept.length) kept = Arrays.copyOf(kept, (int) Math.min(keptUpTo, Math.max(end, 2L * kept.length)));
            System.arraycopy(b, off, kept, (int) size, len);
        } else {
            kept = null;
        }
        size = end;
    }

    /** True when the answer reached the limit, and only its size is known. */
    boolean isLarge() {
        return kept == null;
    }

    long size() {
        return size;
    }

    /** Writes a small answer's bytes. */
    void writeTo(OutputStream out) throws IOException {
        out.write(kept, 0, (int) size);
    }
}
