package dev.roster.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roster.errors.ApiError;
import dev.roster.errors.ApiException;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Large answers not yet written are bounded in total; small ones never count. */
class ResponseBudgetTest {
    private static final Map<String, String> LARGE = Map.of("text", "x".repeat(70_000));

    @Test
    void past_the_bound_a_large_answer_is_refused_until_an_earlier_one_is_written() {
        ResponseBudget budget = new ResponseBudget(new JavalinJackson(Json.MAPPER, true), 100_000);
        ResponseBudget.Charge first = budget.begin();
        budget.toJsonString(LARGE, Map.class);

        budget.begin();
        ApiException refused = assertThrows(ApiException.class, () -> budget.toJsonString(LARGE, Map.class));
        assertEquals(ApiError.ServiceUnavailable.class, refused.error().getClass());
        for (int i = 0; i < 1_000; i++) budget.toJsonString(Map.of("small", "answer"), Map.class);

        budget.end(first);
        budget.begin();
        budget.toJsonString(LARGE, Map.class);
    }
}
