package dev.roster.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * An answer rendered to learn its size. It keeps at most its first {@code keptUpTo} bytes: a small
 * answer whole, then written as it is, and a large one's head only, so that measuring a large
 * answer costs no more memory than a small one.
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
        int keep = (int) Math.max(0, Math.min(len, keptUpTo - size));
        if (keep > 0) {
            long end = size + keep;
            if (end > kept.length) kept = Arrays.copyOf(kept, (int) Math.min(keptUpTo, Math.max(end, 2L * kept.length)));
            System.arraycopy(b, off, kept, (int) size, keep);
        }
        size += len;
    }

    /** True when the answer reached the limit, and only its head is kept. */
    boolean isLarge() {
        return size >= keptUpTo;
    }

    long size() {
        return size;
    }

    /** The bytes kept: the whole of a small answer, the head of a large one. */
    byte[] kept() {
        return Arrays.copyOf(kept, (int) Math.min(size, keptUpTo));
    }

    /** Writes a small answer's bytes. */
    void writeTo(OutputStream out) throws IOException {
        out.write(kept, 0, (int) size);
    }
}
