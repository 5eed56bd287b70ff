package dev.roster.testing;

/** The engines every API test runs on. PostgreSQL runs when ROSTER_TEST_PG_URL is set. */
public enum TestEngine { SQLITE, POSTGRESQL }
