package dev.roster.tags;

import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;

/** The contract's tag-summary. */
record TagSummaryJson(String id, String displayId, String name, StyleJson styleNew) {
    /** The contract's tag-style: a display colour. */
    record StyleJson(String color) {
        static StyleJson of(String color) { return color == null ? null : new StyleJson(color); }
    }

    static TagSummaryJson of(long orgId, long id, String name, String color) {
        return new TagSummaryJson(Ids.don(IdKind.TAG, orgId, id), Ids.displayId(IdKind.TAG, id), name, StyleJson.of(color));
    }
}
