package dev.roster.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How lines of one type are imported: through the operations a client would run, so that each
 * line passes the API's checks; a refusal is thrown as the API's error, naming the field.
 */
interface RowKind {
    Outcome apply(ObjectNode line, RowContext ctx);
}
