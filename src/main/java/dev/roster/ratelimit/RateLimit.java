package dev.roster.ratelimit;

/**
 * A token-bucket limit: sustained requests per second and the burst a client may spend at once.
 * Written {@code RPS[:BURST]} (burst defaults to twice the rate), or {@code off}.
 */
public record RateLimit(long perSecond, long burst) {
    public static final RateLimit OFF = new RateLimit(0, 0);

    public RateLimit {
        if (perSecond < 0 || burst < 0 || (perSecond > 0 && burst < 1)) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and burst");
        }
    }

    public boolean isOff() { return perSecond == 0; }

    public static RateLimit parse(String text) {
        String value = text.trim();
        if (value.equalsIgnoreCase("off")) return OFF;
        try {
            int colon = value.indexOf(':');
            long rate = Long.parseLong(colon < 0 ? value : value.substring(0, colon));
            long burst = colon < 0 ? rate * 2 : Long.parseLong(value.substring(colon + 1));
            if (rate < 1 || burst < 1) throw new NumberFormatException();
            return new RateLimit(rate, burst);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rate limit must be RPS[:BURST] with positive whole numbers, or off; got '"
                + text + "'");
        }
    }

    @Override
    public String toString() { return isOff() ? "off" : perSecond + ":" + burst; }
}
