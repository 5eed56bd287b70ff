package dev.roster.fuzz;

import static dev.roster.fuzz.Inputs.NODES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.fuzz.ApiOperations.Field;
import dev.roster.fuzz.ApiOperations.Operation;
import dev.roster.fuzz.Case.Expect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Hostile IDs in every ID field and parameter, and hostile query strings for every GET. */
final class IdAndQueryCases {
    /** Parameters no operation declares, which must be ignored or refused, never crash. */
    private static final List<String> UNDECLARED = List.of("zz_unknown", "custom_fields.%00", "custom_fields." + "k".repeat(200),
        "custom_fields.a.b.c", "created_date.days", "%00", "%FF", "a.".repeat(200) + "a");
    private static final List<String> VALUES = List.of("", "%00", "a%00b", "%FF", "%C3%28", "%ED%A0%80", "%F4%90%80%80",
        "%EF%BB%BF", "%22", "%22a", "%2C%2C%2C", "%22a%22%2C%22b%22", "a%2Cb%2C%22c%2Cd%22", "-1", "0", "1.5", "1e99",
        "99999999999999999999", "true", "null", "%5B%5D", "%7B%22a%22%3A1%7D", "%25", "%2B1", "x".repeat(4000));
    /** How many of {@link #VALUES} each parameter of a many-parameter list gets; they rotate so every value is sent. */
    private static final int WINDOW = 6;

    /**
     * ID fields Roster's document lists but Roster ignores, so any value is answered as if absent:
     * rev-orgs.update's deprecated {@code account} ("the account to move the rev org to"); and
     * events.redeliver's event, a kind the fuzz makes none of, where any answer but a 500 will do.
     */
    private static final Set<String> IGNORED = Set.of("POST /rev-orgs.update account", "POST /_roster/events.redeliver id");

    private IdAndQueryCases() {}

    /** Every hostile ID in every ID field (body) or ID parameter (GET) of the operation. */
    static List<Case> ids(Operation op, Inputs in) {
        List<Case> cases = new ArrayList<>();
        for (Field field : op.fields()) {
            if (!field.isId()) continue;
            ObjectNode base = in.base(op);
            // rev-orgs.get looks at account only when no id is given.
            if (op.path().equals("/rev-orgs.get") && field.name().equals("account")) base.remove("id");
            Set<IdPool.Kind> expected = IGNORED.contains(op.name() + " " + field.dotted()) ? Set.of()
                : IdPool.expectedKinds(op, field);
            boolean subject = field.path().size() == 1 && (field.name().equals("id") || field.name().equals("rev_user_id")
                || (op.path().equals("/rev-orgs.get") && field.name().equals("account")));
            boolean filter = op.reads() && !subject;
            for (IdPool.HostileId id : filter ? in.ids().forFilter(expected) : in.ids().forField(expected)) {
                Expect expect;
                if (expected.isEmpty()) expect = Expect.ANY;
                else if (!op.reads() || subject) expect = Expect.CLIENT_ERROR;
                else expect = id.foreignOrMissing() ? Expect.nothingFound() : Expect.ANY;
                String what = field.dotted() + " = " + id.why() + " " + Case.cut(id.value());
                cases.add(Case.input(op, what, Inputs.input(op, base, field, NODES.textNode(id.value())), expect));
                if (!op.isGet() && !expected.isEmpty() && id.foreignOrMissing()
                        && field.path().get(field.path().size() - 1) instanceof Integer) {
                    // In an array of IDs, hidden behind a good one of the right kind.
                    List<Object> second = new ArrayList<>(field.path());
                    second.set(second.size() - 1, 1);
                    ObjectNode both = Inputs.with(Inputs.with(base, field.path(), NODES.textNode(in.target(expected))), second,
                        NODES.textNode(id.value()));
                    cases.add(Case.post(op, what + " after a good id", Inputs.json(both), op.reads() ? Expect.ANY : expect));
                }
                if (op.isGet() && field.type().equals("array") && id.foreignOrMissing()) {
                    String name = field.path().get(0).toString();
                    String encoded = Inputs.encode(id.value());
                    cases.add(Case.get(op, what + " (repeated key)", Inputs.query(base, name,
                        name + "=" + encoded + "&" + name + "=" + encoded), expect));
                }
            }
        }
        return cases;
    }

    /** For a GET: every parameter (and some no operation declares) given hostile values, repeated, nested, 100 KB long. */
    static List<Case> query(Operation op, Inputs in) {
        List<Case> cases = new ArrayList<>();
        if (!op.isGet()) return cases;
        ObjectNode base = in.base(op);
        List<String> names = new ArrayList<>();
        op.fields().forEach(f -> names.add(f.path().get(0).toString()));
        int declared = names.size();
        names.addAll(UNDECLARED);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String key = name.contains("%") ? name : Inputs.encode(name);
            // Few parameters (a get): every value for each. Many (a list): a rotating window of them.
            boolean all = declared <= 4 && i < declared || i == declared;
            for (int v = 0; v < (all ? VALUES.size() : WINDOW); v++) {
                String value = VALUES.get(all ? v : (i * WINDOW + v) % VALUES.size());
                cases.add(Case.get(op, name + "=" + Case.cut(value), Inputs.query(base, name, key + "=" + value), Expect.ANY));
            }
            cases.add(Case.get(op, name + " 100 KB", Inputs.query(base, name, key + "=" + BodyCases.HUGE), Expect.ANY));
            cases.add(Case.get(op, name + " repeated", Inputs.query(base, name, key + "=a&" + key + "=b"), Expect.ANY));
            cases.add(Case.get(op, name + " and " + name + ".x", Inputs.query(base, name, key + "=1&" + key + ".x=2"), Expect.ANY));
            if (i >= declared) continue;
            cases.add(Case.get(op, name + " repeated empty", Inputs.query(base, name, key + "=&" + key + "="), Expect.ANY));
            if (op.fields().get(i).type().equals("array")) {
                cases.add(Case.get(op, name + " 500 times", Inputs.query(base, name, (key + "=v&").repeat(500) + key + "=v"), Expect.ANY));
            }
            cases.add(Case.get(op, name + " without =", Inputs.query(base, name, key), Expect.ANY));
            cases.add(Case.get(op, name + ".x and " + name, Inputs.query(base, name, key + ".x=2&" + key + "=1"), Expect.ANY));
            cases.add(Case.get(op, name + " 200 levels deep", Inputs.query(base, name, key + ".a".repeat(200) + "=1"), Expect.ANY));
        }
        for (String whole : List.of("=x", "&&&", "=", "&=&", "a=1&&b=2", ";", "%3D=%26", "x".repeat(4000) + "=1")) {
            cases.add(Case.get(op, "query " + Case.cut(whole), Inputs.query(base, null, whole), Expect.ANY));
        }
        cases.add(Case.get(op, "10000 parameters", Inputs.query(base, null, "p=1&".repeat(10_000) + "p=1"), Expect.ANY));
        String query = Inputs.query(base, null, null);
        String head = "GET " + op.path() + "?" + (query.isEmpty() ? "" : query + "&");
        for (String rawValue : List.of("a b", "%G1", "%", "a%2", "\u00ff\u00fe", "\"", "<>", "{}", "|", "\\", "a\tb", "#frag")) {
            cases.add(BodyCases.raw(op, "raw zz=" + rawValue, Expect.ANY, head + "zz=" + rawValue + " HTTP/1.1\r\nHost: roster\r\n"
                + "Connection: close\r\n\r\n"));
        }
        return cases;
    }
}
