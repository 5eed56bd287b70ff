package dev.roster.devusers;

import dev.roster.errors.ApiError;
import java.util.Arrays;
import java.util.List;

/**
 * Job-history employment statuses. Requests send the integer id; responses render the contract's
 * enum-value object {id, label, ordinal}. DevRev does not publish its table; this is Roster's.
 */
enum EmploymentStatus {
    FULL_TIME(1, "Full-time"),
    PART_TIME(2, "Part-time"),
    CONTRACTOR(3, "Contractor"),
    INTERN(4, "Intern"),
    FORMER(5, "Former employee");

    final int id;
    final String label;

    EmploymentStatus(int id, String label) {
        this.id = id;
        this.label = label;
    }

    static EmploymentStatus ofId(String field, long id) {
        return Arrays.stream(values()).filter(s -> s.id == id).findFirst().orElseThrow(() ->
            new ApiError.InvalidEnumValue(field, Long.toString(id), allowed(),
                field + ": " + id + " is not an employment status; allowed values are "
                    + String.join(", ", Arrays.stream(values()).map(s -> s.id + " (" + s.label + ")").toList())).toException());
    }

    private static List<String> allowed() {
        return Arrays.stream(values()).map(s -> Integer.toString(s.id)).toList();
    }
}
