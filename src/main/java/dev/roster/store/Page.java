package dev.roster.store;

import java.util.List;
import java.util.Optional;

/** One page of a list, with the cursors that exist: next only when later items exist, prev only when earlier ones do. */
public record Page<T>(List<T> items, Optional<String> nextCursor, Optional<String> prevCursor) {}
