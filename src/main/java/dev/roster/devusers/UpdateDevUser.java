package dev.roster.devusers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;
import dev.roster.http.Json;
import dev.roster.http.RequestBody;
import dev.roster.http.Timestamps;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import java.util.List;
import java.util.Optional;

/**
 * {@code dev-users.update} and {@code dev-users.self.update}: the fields to change; absent fields
 * stay as they are. Job history arrives with integer statuses and is stored in wire shape.
 */
record UpdateDevUser(
    Optional<String> displayName,
    Optional<String> fullName,
    Optional<String> jobTitle,
    Optional<String> jobHistoryJson,
    Optional<Long> experienceStartDate,
    Optional<Long> reportsTo,
    Optional<String> customFieldsJson) {

    static UpdateDevUser parse(RequestBody body, long orgId) {
        return new UpdateDevUser(
            body.text("display_name", CreateDevUser.MAX_NAME),
            body.text("full_name", CreateDevUser.MAX_NAME),
            body.enumValue("job_title", JobTitle.class, JobTitle::wire).map(JobTitle::wire),
            body.objects("job_history").map(UpdateDevUser::jobHistory),
            body.string("experience_start_date")
                .map(t -> Timestamps.parse("experience_start_date", t).toEpochMilli()),
            body.string("reports_to").map(id -> IdParser.parse("reports_to", id, IdKind.DEV_USER, orgId)),
            body.rawObject("custom_fields").map(Object::toString));
    }

    private static String jobHistory(List<RequestBody> items) {
        if (items.size() > 100) {
            throw ApiError.valueNotPermitted("job_history", "at most 100 items").toException();
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (RequestBody item : items) array.add(jobHistoryItem(item));
        return array.toString();
    }

    private static ObjectNode jobHistoryItem(RequestBody item) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        item.integer("employment_status").ifPresent(id -> {
            EmploymentStatus status = EmploymentStatus.ofId(item.path("employment_status"), id);
            out.putObject("employment_status").put("id", status.id).put("label", status.label).put("ordinal", status.id);
        });
        item.string("end_date").ifPresent(t -> out.put("end_date", wireDate(item.path("end_date"), t)));
        item.bool("is_current").ifPresent(b -> out.put("is_current", b));
        item.text("location", CreateDevUser.MAX_NAME).ifPresent(t -> out.put("location", t));
        item.string("start_date").ifPresent(t -> out.put("start_date", wireDate(item.path("start_date"), t)));
        item.text("title", CreateDevUser.MAX_NAME).ifPresent(t -> out.put("title", t));
        return out;
    }

    private static String wireDate(String field, String text) {
        return Json.timestamp(Timestamps.parse(field, text).toEpochMilli());
    }
}
