package dev.roster.bulk;

import java.util.Map;

/** What an import reports as it goes: to the errors file, the progress display and the resume state. */
public interface ImportListener {
    /** A line that was not imported. */
    void failed(RowError error);

    /** Line {@code line} has been read and done (imported, skipped or failed). */
    void read(long line);

    /**
     * Everything up to line {@code line} is committed; {@code fileIds} maps the file's account and rev
     * org ids to this store's, which a resumed import needs to resolve later lines.
     */
    void committed(long line, Map<String, String> fileIds);
}
