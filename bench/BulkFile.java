import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes the bulk benchmark's input: ACCOUNTS accounts, then REV_USERS rev users spread over them, in
 * roster import's create shape (references by external ref, dates of their own). Run:
 * {@code java bench/BulkFile.java FILE ACCOUNTS REV_USERS}.
 */
public class BulkFile {
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int accounts = Integer.parseInt(args[1]);
        long revUsers = Long.parseLong(args[2]);
        Instant start = Instant.parse("2020-01-01T00:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int a = 0; a < accounts; a++) {
                out.write("{\"type\":\"account\",\"display_name\":\"Account " + a + "\",\"external_refs\":[\"acc-" + a
                    + "\"],\"domains\":[\"account" + a + ".example.com\"],\"created_date\":\"" + start.plusSeconds(a) + "\"}\n");
            }
            for (long u = 0; u < revUsers; u++) {
                Instant created = start.plusSeconds(accounts + u);
                out.write("{\"type\":\"rev_user\",\"external_ref\":\"user-" + u + "\",\"display_name\":\"User " + u
                    + "\",\"email\":\"user" + u + "@account" + (u % accounts) + ".example.com\",\"account\":\"acc-"
                    + (u % accounts) + "\",\"created_date\":\"" + created + "\",\"modified_date\":\"" + created.plusSeconds(60)
                    + "\"}\n");
            }
        }
    }
}
