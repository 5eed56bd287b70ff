package dev.roster.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ListApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupsListTest extends ListApiTest {
    private static final String LIST = "/groups.list";
    private JsonNode other;

    /** Alpha, beta (rev users) and Gamma, made in that order: Gamma by another dev user. */
    @BeforeEach
    void makeGroups() {
        Groups.create(api, "name", "Alpha", "description", "d");
        letTheClockTick();
        Groups.create(api, "name", "beta", "description", "d", "member_type", "rev_user");
        letTheClockTick();
        other = DevUsers.create(api, "other@example.com");
        Api otherAdmin = tenant.as(DevUsers.number(other), Scope.ADMIN);
        Groups.create(otherAdmin, "name", "Gamma", "description", "d");
        Groups.create(server.newTenant().admin(), "name", "Elsewhere", "description", "d");
    }

    GroupsListTest() {
        super(LIST, "groups", "name");
    }

    @Test
    void every_group_of_the_org_is_listed_by_name_and_no_other_orgs() {
        assertEquals(List.of("Alpha", "beta", "Gamma"), post());
        assertEquals(List.of("Alpha", "beta", "Gamma"), names(tenant.as(tenant.adminId(), Scope.READ).get(LIST).assertStatus(200).body()));
    }

    @Test
    void names_filter_case_insensitively_in_each_query_array_form() {
        assertEquals(List.of("Alpha", "Gamma"), both("name=alpha,GAMMA", json("name", List.of("alpha", "GAMMA"))));
        assertEquals(List.of("Alpha", "Gamma"), both("name=%22alpha%22,%22GAMMA%22", json("name", List.of("alpha", "GAMMA"))));
        assertEquals(List.of("Alpha", "Gamma"), both("name=alpha&name=GAMMA", json("name", List.of("alpha", "GAMMA"))));
    }

    @Test
    void member_type_created_by_group_type_and_is_default_filter() {
        assertEquals(List.of("beta"), both("member_type=rev_user", json("member_type", List.of("rev_user"))));
        assertEquals(List.of("Alpha", "Gamma"), both("member_type=dev_user", json("member_type", List.of("dev_user"))));
        assertEquals(List.of("Gamma"), both("created_by=" + Groups.id(other), json("created_by", List.of(Groups.id(other)))));
        assertEquals(List.of("Alpha", "beta", "Gamma"), both("group_type=static", json("group_type", List.of("static"))));
        assertEquals(List.of(), both("group_type=dynamic", json("group_type", List.of("dynamic"))));
        assertEquals(List.of(), both("is_default=true", json("is_default", true)));
        assertEquals(List.of("Alpha", "beta", "Gamma"), both("is_default=false", json("is_default", false)));
        assertEquals(List.of(), both("ingestion_source=scim", json("ingestion_source", List.of("scim"))));
        assertEquals(List.of(), both("sync_metadata.origin_system=jira", json("sync_metadata", Map.of("origin_system", List.of("jira")))));
    }

    @Test
    void bad_filters_are_refused_naming_the_field() {
        api.post(LIST, json("member_type", List.of("robot"))).assertError(400, "invalid_enum_value", "member_type");
        api.post(LIST, json("group_type", List.of("fluid"))).assertError(400, "invalid_enum_value", "group_type");
        api.post(LIST, json("created_by", List.of("ACC-1"))).assertError(400, "unexpected_id_type", "created_by");
        api.post(LIST, json("is_default", "yes")).assertError(400, "unexpected_json_type", "is_default");
        api.post(LIST, json("sort_by", List.of("owner"))).assertError(400, "invalid_field", "sort_by");
        api.post(LIST, json("limit", 0)).assertError(400, "value_not_permitted", "limit");
        api.post(LIST, json("sync_metadata", Map.of("origin_system", "jira")))
            .assertError(400, "unexpected_json_type", "sync_metadata.origin_system");
    }

    @Test
    void sort_by_name_and_dates_in_either_direction() {
        assertEquals(List.of("Gamma", "beta", "Alpha"), post("sort_by", List.of("name:desc")));
        assertEquals(List.of("Alpha", "beta", "Gamma"), post("sort_by", List.of("created_date")));
        assertEquals(List.of("Gamma", "beta", "Alpha"), both("sort_by=created_date:desc", json("sort_by", List.of("created_date:desc"))));
        assertEquals(List.of("Gamma", "beta", "Alpha"), post("sort_by", List.of("modified_date:desc")));
    }

    @Test
    void pages_follow_next_and_prev_cursors_both_ways() {
        JsonNode first = api.post(LIST, json("limit", 2)).assertStatus(200).body();
        assertEquals(List.of("Alpha", "beta"), names(first));
        assertFalse(first.has("prev_cursor"), first.toString());
        JsonNode second = api.get(LIST, "limit=2&cursor=" + first.get("next_cursor").asText()).assertStatus(200).body();
        assertEquals(List.of("Gamma"), names(second));
        assertFalse(second.has("next_cursor"), second.toString());
        JsonNode back = api.post(LIST, json("limit", 2, "cursor", second.get("prev_cursor").asText(), "mode", "before"))
            .assertStatus(200).body();
        assertEquals(List.of("Alpha", "beta"), names(back));
        api.post(LIST, json("limit", 2, "cursor", first.get("next_cursor").asText(), "sort_by", List.of("name:desc")))
            .assertStatus(400);
    }
}
