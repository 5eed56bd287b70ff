package dev.roster.webhooks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When each attempt of a delivery is made, counted from the one before: DevRev's schedule is at
 * once, then after 30 seconds, then after 3 minutes. After the last, the delivery is failed.
 */
public record RetrySchedule(List<Duration> delays) {
    public static final String DEFAULT = "0,30s,3m";
    /** More attempts than this would keep a dead receiver's deliveries for hours; 20 is plenty. */
    public static final int MAX_ATTEMPTS = 20;

    public RetrySchedule {
        delays = List.copyOf(delays);
    }

    /** {@code 0,30s,3m}: the delay before each attempt, the first counted from the event. */
    public static RetrySchedule parse(String text) {
        List<Duration> delays = new ArrayList<>();
        for (String part : text.split(",")) delays.add(DurationText.parse("--webhook-retry", part));
        if (delays.size() > MAX_ATTEMPTS) {
            throw new IllegalArgumentException("--webhook-retry: at most " + MAX_ATTEMPTS + " attempts, got " + delays.size());
        }
        return new RetrySchedule(delays);
    }

    public int attempts() { return delays.size(); }

    /** The delay before attempt {@code n} (0 is the first); empty past the last. */
    public java.util.Optional<Duration> before(int n) {
        return n < delays.size() ? java.util.Optional.of(delays.get(n)) : java.util.Optional.empty();
    }
}
