package dev.roster.ids;

/** Renders object IDs: the global DON and the per-org display ID. */
public final class Ids {
    /** The partition every Roster DON names, as DevRev's US partition does. */
    public static final String PARTITION = "dvrv-us-1";

    private Ids() {}

    public static String don(IdKind kind, long orgId, long number) {
        return "don:" + kind.service() + ":" + PARTITION + ":devo/" + orgId + ":" + kind.segment() + "/" + number;
    }

    public static String displayId(IdKind kind, long number) {
        return kind.prefix() + "-" + number;
    }

    public static String devOrgDon(long orgId) {
        return "don:identity:" + PARTITION + ":devo/" + orgId;
    }
}
