package dev.roster.store;

import java.util.List;

/** Sees each statement that ran, with its parameters: how the query-plan tests learn the real SQL. */
@FunctionalInterface
public interface StatementObserver {
    void ran(String sql, List<Object> params);
}
