import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The benchmark's bulk path: loads dev users with identities, accounts with their default rev orgs,
 * and rev users with tags and external refs straight into Roster's schema, in large batched
 * transactions. The server must have started once on the database (so the schema and the default
 * dev org exist). Run: {@code java -cp target/roster.jar bench/Seed.java JDBC_URL DEV_USERS REV_ORGS REV_USERS}.
 * Rows are appended after what is there, so it can grow a store in steps; with REV_ORGS 0, the new
 * rev users are spread over the rev orgs already there.
 */
public class Seed {
    static final int BATCH = 5_000;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long devUsers = Long.parseLong(args[1]);
        long revOrgs = Long.parseLong(args[2]);
        long revUsers = Long.parseLong(args[3]);
        try (Connection c = DriverManager.getConnection(url)) {
            if (url.startsWith("jdbc:sqlite:")) {
                try (Statement s = c.createStatement()) {
                    s.execute("pragma synchronous = off");
                    s.execute("pragma busy_timeout = 10000");
                }
            }
            c.setAutoCommit(false);
            long org = scalar(c, "select min(id) from dev_org");
            long admin = scalar(c, "select min(id) from dev_user where org_id = " + org);
            long now = System.currentTimeMillis();
            long started = System.nanoTime();
            seedDevUsers(c, org, admin, devUsers, now);
            long[] tags = seedTags(c, org, admin, now);
            long firstRevOrg = seedAccounts(c, org, admin, revOrgs, now);
            if (revOrgs == 0) {
                // Appending rev users only: spread them over the rev orgs seeded before.
                firstRevOrg = scalar(c, "select coalesce(min(id), 0) from rev_org where org_id = " + org);
                revOrgs = scalar(c, "select count(*) from rev_org where org_id = " + org);
                if (revUsers > 0 && revOrgs == 0) throw new IllegalStateException("no rev orgs to put rev users in");
            }
            seedRevUsers(c, org, admin, revUsers, revOrgs, firstRevOrg, tags, now);
            revOrgs = Long.parseLong(args[2]);
            c.commit();
            analyze(c);
            System.out.printf("seeded %d dev users, %d accounts/rev orgs, %d rev users in %.1f s%n",
                devUsers, revOrgs, revUsers, (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * PostgreSQL plans by its statistics, which autovacuum refreshes only a minute or so after a bulk
     * load; until then it misjudges every table as tiny. Autovacuum would then also vacuum the new rows
     * while the benchmark runs. A bulk load ends with VACUUM ANALYZE, as any should.
     */
    static void analyze(Connection c) throws Exception {
        if (!c.getMetaData().getURL().startsWith("jdbc:postgresql:")) return;
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("vacuum analyze");
        }
    }

    static long scalar(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void seedDevUsers(Connection c, long org, long admin, long n, long now) throws Exception {
        long base = scalar(c, "select coalesce(max(id), 0) from dev_user");
        try (PreparedStatement user = c.prepareStatement("insert into dev_user (id, org_id, email, email_key, display_name, "
                + "state, created_by, modified_by, created_date, modified_date) values (?, ?, ?, ?, ?, 'shadow', ?, ?, ?, ?)");
             PreparedStatement identity = c.prepareStatement("insert into dev_user_identity (org_id, dev_user_id, issuer, "
                + "external_id, display_name, is_verified, created_date) values (?, ?, 'github', ?, ?, false, ?)")) {
            for (long i = 1; i <= n; i++) {
                long id = base + i;
                String email = "dev" + id + "@bench.example.com";
                user.setLong(1, id); user.setLong(2, org); user.setString(3, email); user.setString(4, email);
                user.setString(5, "dev" + id); user.setLong(6, admin); user.setLong(7, admin); user.setLong(8, now + i);
                user.setLong(9, now + i);
                user.addBatch();
                identity.setLong(1, org); identity.setLong(2, id); identity.setString(3, "gh-" + id);
                identity.setString(4, "dev" + id); identity.setLong(5, now + i);
                identity.addBatch();
                if (i % BATCH == 0 || i == n) {
                    user.executeBatch();
                    identity.executeBatch();
                    c.commit();
                }
            }
        }
        resync(c, "dev_user");
    }

    /** PostgreSQL identity columns do not follow explicit ids; SQLite's AUTOINCREMENT does. */
    static void resync(Connection c, String table) throws Exception {
        if (!c.getMetaData().getURL().startsWith("jdbc:postgresql:")) return;
        try (Statement s = c.createStatement()) {
            s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
        }
        c.commit();
    }

    static long[] seedTags(Connection c, long org, long admin, long now) throws Exception {
        long[] ids = new long[4];
        // Seeded rev users carry a tag without a value, as tags with no allowed values must.
        for (int t = 0; t < ids.length; t++) {
            String name = "bench-tag-" + t + "-" + now;
            try (PreparedStatement tag = c.prepareStatement("insert into tag (org_id, name, name_key, created_by, modified_by, "
                + "created_date, modified_date) values (?, ?, ?, ?, ?, ?, ?) returning id")) {
                tag.setLong(1, org); tag.setString(2, name); tag.setString(3, name);
                tag.setLong(4, admin); tag.setLong(5, admin); tag.setLong(6, now); tag.setLong(7, now);
                try (ResultSet rs = tag.executeQuery()) {
                    rs.next();
                    ids[t] = rs.getLong(1);
                }
            }
        }
        c.commit();
        return ids;
    }

    static long seedAccounts(Connection c, long org, long admin, long n, long now) throws Exception {
        long accountBase = scalar(c, "select coalesce(max(id), 0) from account");
        long revOrgBase = scalar(c, "select coalesce(max(id), 0) from rev_org");
        try (PreparedStatement account = c.prepareStatement("insert into account (id, org_id, display_name, created_by, "
                + "modified_by, created_date, modified_date) values (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement revOrg = c.prepareStatement("insert into rev_org (id, org_id, account_id, is_default, "
                + "display_name, external_ref, created_by, modified_by, created_date, modified_date) "
                + "values (?, ?, ?, true, ?, ?, ?, ?, ?, ?)")) {
            for (long i = 1; i <= n; i++) {
                long a = accountBase + i;
                long r = revOrgBase + i;
                account.setLong(1, a); account.setLong(2, org); account.setString(3, "Account " + a);
                account.setLong(4, admin); account.setLong(5, admin); account.setLong(6, now + i); account.setLong(7, now + i);
                account.addBatch();
                revOrg.setLong(1, r); revOrg.setLong(2, org); revOrg.setLong(3, a); revOrg.setString(4, "Account " + a);
                revOrg.setString(5, "ro-" + r); revOrg.setLong(6, admin); revOrg.setLong(7, admin);
                revOrg.setLong(8, now + i); revOrg.setLong(9, now + i);
                revOrg.addBatch();
                if (i % BATCH == 0 || i == n) {
                    account.executeBatch();
                    revOrg.executeBatch();
                    c.commit();
                }
            }
        }
        resync(c, "account");
        resync(c, "rev_org");
        return revOrgBase + 1;
    }

    static void seedRevUsers(Connection c, long org, long admin, long n, long revOrgs, long firstRevOrg, long[] tags,
                             long now) throws Exception {
        long base = scalar(c, "select coalesce(max(id), 0) from rev_user");
        try (PreparedStatement user = c.prepareStatement("insert into rev_user (id, org_id, rev_org_id, display_name, email, "
                + "email_key, external_ref, is_verified, created_by, modified_by, created_date, modified_date) "
                + "values (?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?)");
             PreparedStatement ref = c.prepareStatement("insert into rev_user_external_ref (org_id, rev_user_id, external_ref, "
                + "position) values (?, ?, ?, 0)");
             PreparedStatement tag = c.prepareStatement("insert into object_tag (org_id, object_kind, object_id, tag_id, "
                + "tag_value, position) values (?, 'rev_user', ?, ?, null, 0)")) {
            for (long i = 1; i <= n; i++) {
                long id = base + i;
                String email = "rev" + id + "@customer.example.com";
                user.setLong(1, id); user.setLong(2, org); user.setLong(3, firstRevOrg + (i % Math.max(1, revOrgs)));
                user.setString(4, "Rev " + id); user.setString(5, email); user.setString(6, email);
                user.setString(7, "crm-" + id); user.setLong(8, admin); user.setLong(9, admin);
                user.setLong(10, now + i); user.setLong(11, now + i);
                user.addBatch();
                ref.setLong(1, org); ref.setLong(2, id); ref.setString(3, "legacy-" + id);
                ref.addBatch();
                tag.setLong(1, org); tag.setLong(2, id); tag.setLong(3, tags[(int) (i % tags.length)]);
                tag.addBatch();
                if (i % BATCH == 0 || i == n) {
                    user.executeBatch();
                    ref.executeBatch();
                    tag.executeBatch();
                    c.commit();
                }
            }
        }
        resync(c, "rev_user");
    }
}
