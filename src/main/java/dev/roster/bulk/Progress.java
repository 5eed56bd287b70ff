package dev.roster.bulk;

import java.io.PrintStream;
import java.text.DecimalFormat;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** How far an import is: a bar with rows per second and time left on a terminal, else a plain line every few seconds. */
public interface Progress extends AutoCloseable {
    /** Line {@code line} of the input is done. */
    void at(long line);

    @Override
    void close();

    /** {@code total} lines in all, or -1 when unknown (standard input). */
    static Progress to(PrintStream out, long total, boolean terminal) {
        return terminal ? new Bar(out, total) : new Plain(out, total);
    }

    /** The library's bar, redrawn by its own thread. */
    final class Bar implements Progress {
        private final ProgressBar bar;

        Bar(PrintStream out, long total) {
            bar = new ProgressBarBuilder().setTaskName("import").setInitialMax(total).setUnit(" rows", 1)
                .showSpeed(new DecimalFormat("#,##0")).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(out)).build();
        }

        @Override
        public void at(long line) { bar.stepTo(line); }

        @Override
        public void close() { bar.close(); }
    }

    /** For a log: a line every {@link #EVERY_NANOS}, checked as lines go by rather than by a timer. */
    final class Plain implements Progress {
        private static final long EVERY_NANOS = 5_000_000_000L;
        private final PrintStream out;
        private final long total;
        private final long start = System.nanoTime();
        private long lastReport = start;
        private long line;

        Plain(PrintStream out, long total) {
            this.out = out;
            this.total = total;
        }

        @Override
        public void at(long line) {
            this.line = line;
            long now = System.nanoTime();
            if (now - lastReport < EVERY_NANOS) return;
            lastReport = now;
            out.println(describe(now));
        }

        private String describe(long now) {
            double seconds = (now - start) / 1e9;
            long rate = seconds > 0 ? Math.round(line / seconds) : 0;
            String of = total >= 0 ? " of " + total : "";
            String left = total >= 0 && rate > 0 ? ", about " + (total - line) / rate + " s left" : "";
            return "import: line " + line + of + ", " + rate + " rows/s" + left;
        }

        @Override
        public void close() {}
    }
}
