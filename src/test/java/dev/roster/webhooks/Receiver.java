package dev.roster.webhooks;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on loopback, as an integration would write one: it checks both signatures of
 * every request with the webhook's secret, answers the verify handshake, and records what arrives.
 * What it answers can be changed to fail, hang, redirect or answer a wrong challenge.
 */
public final class Receiver implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Far beyond any delivery on a busy machine; waits end as soon as what they wait for is there. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    /** One request as it arrived, with whether both its signatures held and what it was answered. */
    public record Arrival(JsonNode body, Map<String, String> headers, boolean isSigned, int answered) {
        public String type() { return body.path("type").asText(); }

        public String id() { return body.path("id").asText(); }

        public boolean isAccepted() { return answered >= 200 && answered < 300; }
    }

    /** What to answer the {@code n}th request (from 0) of a kind: verifications and events are counted apart. */
    public interface Behaviour {
        Answer answer(JsonNode body, int n) throws InterruptedException;
    }

    /** {@code dribbles}: a 200 whose body comes a byte at a time, each well within a read's timeout, for far too long. */
    public record Answer(int status, String body, String location, boolean dribbles) {
        public Answer(int status, String body, String location) { this(status, body, location, false); }

        static Answer ok() { return new Answer(200, "", null); }
    }

    /** DevRev's handshake answered, every event accepted. */
    public static final Behaviour CORRECT = (body, n) -> body.path("type").asText().equals("verify")
        ? new Answer(200, MAPPER.createObjectNode().put("challenge", body.at("/verify/challenge").asText()).toString(), null)
        : Answer.ok();

    private final String secret;
    private final HttpServer server;
    private final List<Arrival> arrivals = new ArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Behaviour behaviour = CORRECT;
    private int verifications;
    private int events;
    private int cutOff;

    public Receiver(String secret) { this(secret, "127.0.0.1"); }

    public Receiver(String secret, String host) {
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public String secret() { return secret; }

    public String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/hooks";
    }

    int port() { return server.getAddress().getPort(); }

    Receiver behave(Behaviour next) {
        behaviour = next;
        return this;
    }

    /** Events answer with {@code status} for the first {@code times}, then are accepted. */
    static Behaviour failing(int times, int status) {
        return (body, n) -> body.path("type").asText().equals("verify") || n >= times ? CORRECT.answer(body, n)
            : new Answer(status, "", null);
    }

    /** Events wait, unanswered, until {@link #release}; the handshake is answered. */
    Behaviour hanging() {
        return (body, n) -> {
            if (!body.path("type").asText().equals("verify")) released.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            return CORRECT.answer(body, n);
        };
    }

    void release() { released.countDown(); }

    /** The first {@code times} verifications are answered a byte at a time (until the sender gives up), then rightly. */
    static Behaviour dribbling(int times) {
        return (body, n) -> !body.path("type").asText().equals("verify") || n >= times ? CORRECT.answer(body, n)
            : new Answer(200, "", null, true);
    }

    /** How many dribbled answers the sender cut off before their end. */
    synchronized int cutOff() { return cutOff; }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = MAPPER.readTree(raw);
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        boolean verify = body.path("type").asText().equals("verify");
        int n;
        synchronized (this) {
            n = verify ? verifications++ : events++;
        }
        Answer answer;
        try {
            answer = behaviour.answer(body, n);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = new Answer(503, "", null);
        }
        synchronized (this) {
            arrivals.add(new Arrival(body, headers, isSigned(raw, headers), answer.status()));
            notifyAll();
        }
        if (answer.dribbles()) {
            dribble(exchange);
            return;
        }
        if (answer.location() != null) exchange.getResponseHeaders().set("Location", answer.location());
        byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
        if (out.length > 0) exchange.getResponseBody().write(out);
        exchange.close();
    }

    private void dribble(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        long end = System.nanoTime() + PATIENCE.toNanos();
        try (exchange) {
            while (System.nanoTime() < end) {
                exchange.getResponseBody().write(' ');
                exchange.getResponseBody().flush();
                TimeUnit.MILLISECONDS.sleep(250);
            }
        } catch (IOException e) {
            synchronized (this) {
                cutOff++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** DevRev's X-DevRev-Signature over the body, and Standard Webhooks' over id.timestamp.body, both with the secret's bytes. */
    private boolean isSigned(byte[] raw, Map<String, String> headers) {
        String devrev = HexFormat.of().formatHex(hmac(raw));
        String signed = headers.get("webhook-id") + "." + headers.get("webhook-timestamp") + "." + new String(raw, StandardCharsets.UTF_8);
        String standard = "v1," + Base64.getEncoder().encodeToString(hmac(signed.getBytes(StandardCharsets.UTF_8)));
        long age = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(headers.getOrDefault("webhook-timestamp", "0")));
        return devrev.equals(headers.get("x-devrev-signature")) && standard.equals(headers.get("webhook-signature"))
            && age < PATIENCE.toSeconds();
    }

    private byte[] hmac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized List<Arrival> arrivals() { return List.copyOf(arrivals); }

    /** The events accepted, in the order they arrived, without the handshake. */
    public synchronized List<Arrival> accepted() {
        return arrivals.stream().filter(a -> !a.type().equals("verify") && a.isAccepted()).toList();
    }

    /** Waits until what has arrived satisfies {@code done}; fails, saying {@code what}, after {@link #PATIENCE}. */
    public synchronized List<Arrival> await(Predicate<List<Arrival>> done, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            while (!done.test(List.copyOf(arrivals))) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) fail("the receiver never got " + what + "; it got " + arrivals);
                wait(Math.min(left, 200));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        }
        return List.copyOf(arrivals);
    }

    /** Waits for {@code count} accepted events and answers them. */
    public List<Arrival> awaitAccepted(int count) {
        await(all -> all.stream().filter(a -> !a.type().equals("verify") && a.isAccepted()).count() >= count,
            count + " accepted events");
        return accepted();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
