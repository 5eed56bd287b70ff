package dev.roster.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.http.Json;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * Makes one attempt of a delivery: a signed POST that succeeds on any 2xx within {@link #TIMEOUT};
 * a verification also needs the answer's JSON {@code challenge} to match.
 */
final class Sender implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final int MAX_REDIRECTS = 3;
    private static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final DenyList deny;
    private final int connections;
    /** Made at the first attempt: building it (TLS set-up included) took a tenth of a server's start. */
    private volatile CloseableHttpClient client;
    private boolean closed;
    private final Deadlines deadlines = new Deadlines(TIMEOUT);
    private final Signatures.Keys keys = new Signatures.Keys();

    Sender(DenyList deny, int connections) {
        this.deny = deny;
        this.connections = connections;
    }

    private CloseableHttpClient client() {
        CloseableHttpClient made = client;
        if (made != null) return made;
        synchronized (this) {
            if (closed) throw new IllegalStateException("the webhook sender is closed");
            if (client == null) client = build(deny, connections);
            return client;
        }
    }

    private static CloseableHttpClient build(DenyList deny, int connections) {
        Timeout timeout = Timeout.of(TIMEOUT);
        return HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new DenyingResolver(deny))
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build())
                .setMaxConnTotal(connections)
                .setMaxConnPerRoute(connections)
                .build())
            .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).setConnectionRequestTimeout(timeout)
                .setRedirectsEnabled(true).setMaxRedirects(MAX_REDIRECTS).build())
            // What a receiver's answer is never used for: decompressing it, authentication and its state.
            .disableAutomaticRetries()
            .disableCookieManagement()
            .disableContentCompression()
            .disableAuthCaching()
            .disableConnectionState()
            .setUserAgent("Roster-Webhooks/1")
            .build();
    }

    Outcome attempt(Claimed delivery, long now) {
        HttpPost post;
        try {
            post = request(delivery, now);
        } catch (RuntimeException e) {
            // A URL the client cannot use: an outcome like any failure, never a delivery left leased.
            return new Outcome(delivery, 0, "cannot send to " + delivery.url() + ": " + e.getMessage());
        }
        // The timeouts bound each connect and read; this bounds the whole attempt, for a receiver that dribbles.
        deadlines.started(post);
        try {
            return client().execute(post, response -> {
                int status = response.getCode();
                if (status < 200 || status > 299) {
                    EntityUtils.consumeQuietly(response.getEntity());
                    return new Outcome(delivery, status, "the receiver answered " + status);
                }
                if (!delivery.isVerify()) {
                    EntityUtils.consumeQuietly(response.getEntity());
                    return new Outcome(delivery, status, null);
                }
                byte[] answer = response.getEntity() == null ? new byte[0]
                    : EntityUtils.toByteArray(response.getEntity(), MAX_ANSWER_BYTES);
                return new Outcome(delivery, status, challengeError(delivery, status, answer));
            });
        } catch (DenyingResolver.Denied e) {
            return new Outcome(delivery, 0, e.getMessage());
        } catch (UnknownHostException e) {
            return new Outcome(delivery, 0, "unknown host " + e.getMessage());
        } catch (ConnectException e) {
            return new Outcome(delivery, 0, "could not connect: " + e.getMessage());
        } catch (InterruptedIOException e) {
            return new Outcome(delivery, 0, "no answer within " + TIMEOUT.toSeconds() + " seconds");
        } catch (IOException | RuntimeException e) {
            return new Outcome(delivery, 0, "delivery failed: " + (post.isCancelled() ? "no answer within "
                + TIMEOUT.toSeconds() + " seconds" : e.getMessage()));
        } finally {
            deadlines.ended(post);
        }
    }

    /** The signed POST of one attempt: the envelope, the webhook's headers, then Roster's own. */
    private HttpPost request(Claimed delivery, long now) {
        Envelope envelope = Envelope.of(delivery, now);
        long seconds = now / 1000;
        HttpPost post = new HttpPost(delivery.url());
        for (WebhookHeader header : delivery.headers()) post.setHeader(header.name(), header.value());
        Signatures signatures = keys.of(delivery.secret());
        post.setHeader("X-DevRev-Signature", signatures.devRev(envelope.body()));
        post.setHeader("webhook-id", envelope.id());
        post.setHeader("webhook-timestamp", Long.toString(seconds));
        post.setHeader("webhook-signature", signatures.standard(envelope.id(), seconds, envelope.body()));
        post.setEntity(new ByteArrayEntity(envelope.body(), ContentType.APPLICATION_JSON));
        return post;
    }

    /** DevRev's handshake: a 200 whose JSON body's {@code challenge} is the one sent. */
    private static String challengeError(Claimed delivery, int status, byte[] answer) {
        if (status != 200) return "the verification needs a 200 answer, got " + status;
        try {
            JsonNode body = Json.MAPPER.readTree(new String(answer, StandardCharsets.UTF_8));
            if (body != null && delivery.challenge() != null && delivery.challenge().equals(body.path("challenge").asText(null))) {
                return null;
            }
        } catch (IOException e) {
            return "the verification answer is not JSON with the challenge";
        }
        return "the verification answer's challenge does not match the one sent";
    }

    @Override
    public void close() {
        deadlines.close();
        CloseableHttpClient made;
        synchronized (this) {
            closed = true;
            made = client;
        }
        if (made == null) return;
        try {
            made.close();
        } catch (IOException e) {
            // Closing idle connections; nothing is lost.
        }
    }
}
