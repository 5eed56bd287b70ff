package dev.roster.journal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The scan that decides which rendered answers the journal parses to redact. */
class SecretsTest {
    private static boolean scan(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return Secrets.mayHoldSecret(bytes, bytes.length);
    }

    @Test
    void a_secret_name_at_any_depth_and_in_any_case_is_found() {
        for (String name : new String[] {"token", "access_token", "Secret", "client_secret", "PASSWORD", "Authorization",
            "api_key", "private_key", "db_password"}) {
            assertTrue(scan("{\"a\":[{\"b\":1,\"" + name + "\":\"x\"}]}"), name);
        }
    }

    @Test
    void other_names_values_and_non_ascii_names_are_not_secrets() {
        assertFalse(scan("{\"id\":\"token\",\"display_name\":\"secret\",\"tokens\":[],\"created_by\":{\"id\":\"password\"}}"));
        assertFalse(scan("{\"tokén\":1,\"sécret\":2,\"\":3,\"n\":4}"));
    }
}
