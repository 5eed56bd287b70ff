package dev.roster.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * IDs that must never name an object the caller may touch: IDs of the caller's own objects of the
 * wrong kind, every ID of another dev org, IDs that exist nowhere, forged DONs (another org, another
 * partition, another service) carrying the numbers of the caller's own objects, and malformed IDs.
 * None of them is a valid ID of the kind a field expects, so no request carrying one may succeed
 * in changing anything.
 */
final class IdPool {
    enum Kind {
        DEV_USER("DEVU", "identity", "devu"), REV_USER("REVU", "identity", "revu"), REV_ORG("REV", "identity", "revo"),
        ACCOUNT("ACC", "identity", "account"), TAG("TAG", "core", "tag"), DEV_ORG("DEV", "identity", "devo"),
        GROUP("GROUP", "identity", "group"), WEBHOOK("WEBHOOK", "integration", "webhook");

        final String prefix;
        final String service;
        final String segment;

        Kind(String prefix, String service, String segment) {
            this.prefix = prefix;
            this.service = service;
            this.segment = segment;
        }

        static Kind of(JsonNode object) {
            String prefix = object.get("display_id").asText().replaceAll("-.*", "");
            for (Kind kind : values()) if (kind.prefix.equals(prefix)) return kind;
            throw new IllegalArgumentException(prefix);
        }
    }

    /** An ID and why it is hostile: its class decides what the answer may be. */
    record HostileId(String value, String why, boolean foreignOrMissing) {}

    private final Map<Kind, JsonNode> own = new LinkedHashMap<>();
    private final Map<Kind, JsonNode> foreign = new LinkedHashMap<>();
    private final String ownAdmin;
    private final long ownOrg;
    private final long foreignOrg;

    IdPool(Directory mine, String ownAdminDisplayId, Directory theirs) {
        for (JsonNode object : mine.objects().values()) own.putIfAbsent(Kind.of(object), object);
        for (JsonNode object : theirs.objects().values()) foreign.putIfAbsent(Kind.of(object), object);
        this.ownAdmin = ownAdminDisplayId;
        this.ownOrg = org(Directory.don(mine.tag));
        this.foreignOrg = org(Directory.don(theirs.tag));
        own.put(Kind.DEV_ORG, devOrg(ownOrg));
        foreign.put(Kind.DEV_ORG, devOrg(foreignOrg));
    }

    /** A dev org as dev-orgs.list answers it, as far as IDs go: its display ID and its DON. */
    static JsonNode devOrg(long number) {
        return Inputs.NODES.objectNode().put("display_id", Ids.displayId(IdKind.DEV_ORG, number))
            .put("id", Ids.devOrgDon(number));
    }

    /** Text found only in the other dev org's DONs. */
    String foreignMarker() { return "devo/" + foreignOrg + ":"; }

    static long org(String don) {
        return Long.parseLong(don.replaceAll(".*:devo/([0-9]+):.*", "$1"));
    }

    private static long number(JsonNode object) {
        String displayId = object.get("display_id").asText();
        return Long.parseLong(displayId.substring(displayId.indexOf('-') + 1));
    }

    private static String don(Kind kind, String partition, long org, String service, long number) {
        return "don:" + service + ":" + partition + ":devo/" + org + ":" + kind.segment + "/" + number;
    }

    /** Hostile IDs for a field that takes IDs of {@code expected} kinds (none: a kind Roster does not keep). */
    List<HostileId> forField(Set<Kind> expected) {
        List<HostileId> ids = new ArrayList<>();
        Set<Kind> wrong = expected.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.complementOf(EnumSet.copyOf(expected));
        for (Kind kind : wrong) {
            JsonNode object = own.get(kind);
            ids.add(new HostileId(Directory.id(object), "own " + kind + " display id", false));
            ids.add(new HostileId(Directory.don(object), "own " + kind + " DON", false));
            ids.add(new HostileId(Directory.id(object).toLowerCase(Locale.ROOT), "own " + kind + " lower-case", false));
        }
        if (wrong.contains(Kind.DEV_USER)) ids.add(new HostileId(ownAdmin, "own admin's display id", false));
        for (Map.Entry<Kind, JsonNode> entry : foreign.entrySet()) {
            // The operator may delete any dev org but the default: where a dev org is expected, the
            // other one's ID is a valid target, not a hostile one, and the test guards that dev org.
            if (entry.getKey() == Kind.DEV_ORG && expected.contains(Kind.DEV_ORG)) continue;
            JsonNode object = entry.getValue();
            boolean sameNumberHere = expected.contains(entry.getKey()) && own.containsKey(entry.getKey())
                && number(own.get(entry.getKey())) == number(object);
            if (!sameNumberHere) ids.add(new HostileId(Directory.id(object), "other org's " + entry.getKey() + " display id", true));
            ids.add(new HostileId(Directory.don(object), "other org's " + entry.getKey() + " DON", true));
        }
        for (Kind kind : expected.isEmpty() ? EnumSet.of(Kind.ACCOUNT) : expected) {
            long mine = number(own.get(kind));
            String otherService = kind.service.equals("core") ? "identity" : "core";
            ids.add(new HostileId(kind.prefix + "-999999999", "missing " + kind, true));
            ids.add(new HostileId(don(kind, "dvrv-us-1", ownOrg, kind.service, 999999999), "missing " + kind + " DON", true));
            ids.add(new HostileId(don(kind, "dvrv-us-1", foreignOrg, kind.service, mine), "own number, other org", true));
            ids.add(new HostileId(don(kind, "dvrv-us-1", 999999999, kind.service, mine), "own number, no such org", true));
            ids.add(new HostileId(don(kind, "dvrv-eu-1", ownOrg, kind.service, mine), "own number, other partition", false));
            ids.add(new HostileId(don(kind, "dvrv-us-1", ownOrg, otherService, mine), "own number, other service", false));
            ids.add(new HostileId(kind.prefix + "-" + mine + "\u0000", "own id with a NUL", false));
            ids.add(new HostileId(kind.prefix + "-0999999999", "leading zero", true));
            ids.add(new HostileId(" " + kind.prefix + "-999999999 ", "padded", false));
            ids.add(new HostileId(kind.prefix + "-" + "\uFF11", "full-width digit", false));
            ids.add(new HostileId(kind.prefix + "-99999999999999999999", "number too large", false));
            ids.add(new HostileId(kind.prefix + "-0", "zero", false));
            ids.add(new HostileId(kind.prefix + "--1", "negative", false));
            ids.add(new HostileId(kind.prefix + "-1.5", "fraction", false));
            ids.add(new HostileId(kind.prefix + "-", "no number", false));
            ids.add(new HostileId("don:" + kind.service + ":dvrv-us-1:devo/" + ownOrg + ":" + kind.segment + "/", "DON without number", false));
            ids.add(new HostileId("don:" + kind.service + ":dvrv-us-1:devo/x:" + kind.segment + "/1", "DON with bad org", false));
        }
        for (String junk : List.of("", " ", "-", "don:", "null", "undefined", "DEVU-1 OR 1=1", "'; drop table dev_users; --",
                "../../etc/passwd", "%", "\u202e1-UVED", "x".repeat(10_000))) {
            ids.add(new HostileId(junk, "malformed", false));
        }
        return ids;
    }

    /**
     * A shorter list for list filters, which only read: the other org's IDs, the forged and missing
     * ones (all must find nothing), one ID of each wrong kind and a few malformed ones.
     */
    List<HostileId> forFilter(Set<Kind> expected) {
        List<HostileId> all = forField(expected);
        List<HostileId> some = new ArrayList<>();
        Set<String> kindsSeen = new java.util.HashSet<>();
        for (HostileId id : all) {
            boolean firstOfItsKind = id.why().startsWith("own ") && kindsSeen.add(id.why().split(" ")[1]);
            if (id.foreignOrMissing() || firstOfItsKind || id.why().equals("malformed") && id.value().length() < 3) some.add(id);
        }
        return some;
    }

    /** The kinds an ID field takes, by its name and its operation. */
    static Set<Kind> expectedKinds(ApiOperations.Operation op, ApiOperations.Field field) {
        String name = field.name();
        if (name.equals("id") && field.owner().equals("tags")) return EnumSet.of(Kind.TAG);
        return switch (name) {
            case "id", "primary_user", "secondary_user" -> EnumSet.of(byOperation(op));
            case "dev_user", "reports_to", "owned_by", "created_by", "owner" -> EnumSet.of(Kind.DEV_USER);
            case "group" -> EnumSet.of(Kind.GROUP);
            case "webhook" -> EnumSet.of(Kind.WEBHOOK);
            case "member" -> EnumSet.of(Kind.DEV_USER, Kind.REV_USER);
            case "account", "primary_account", "secondary_account" -> EnumSet.of(Kind.ACCOUNT);
            case "rev_org", "rev_org_don", "member_rev_org" -> EnumSet.of(Kind.REV_ORG);
            case "rev_user_id", "user_don" -> EnumSet.of(Kind.REV_USER);
            case "tags" -> EnumSet.of(Kind.TAG);
            case "associations", "associated_to" -> EnumSet.of(Kind.ACCOUNT, Kind.REV_ORG);
            default -> EnumSet.noneOf(Kind.class);
        };
    }

    static Kind byOperation(ApiOperations.Operation op) {
        String object = op.path().substring(op.path().lastIndexOf('/') + 1, op.path().indexOf('.'));
        return switch (object) {
            case "dev-users" -> Kind.DEV_USER;
            case "rev-users" -> Kind.REV_USER;
            case "rev-orgs" -> Kind.REV_ORG;
            case "accounts" -> Kind.ACCOUNT;
            case "tags" -> Kind.TAG;
            case "dev-orgs" -> Kind.DEV_ORG;
            case "groups" -> Kind.GROUP;
            case "webhooks" -> Kind.WEBHOOK;
            default -> throw new IllegalArgumentException(op.path());
        };
    }
}
