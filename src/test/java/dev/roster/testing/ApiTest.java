package dev.roster.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of every API test: each test class runs once per engine against the real server, and each
 * test gets a fresh tenant (its own dev org), so tests never truncate and never see each other.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestEngine.class)
public abstract class ApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Parameter
    protected TestEngine engine;

    protected RosterTestServer server;
    protected Tenant tenant;
    /** A client with the tenant admin's token. */
    protected Api api;

    @BeforeEach
    void startTenant() {
        server = RosterTestServer.of(engine);
        tenant = server.newTenant();
        api = tenant.admin();
    }

    /**
     * Timestamps have millisecond resolution; a test that needs a change to be strictly later than
     * the writes before it calls this in between.
     */
    protected static void letTheClockTick() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A JSON object from alternating keys and values, for request bodies. */
    public static String json(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        try {
            return MAPPER.writeValueAsString(map);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
