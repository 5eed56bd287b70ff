package dev.roster.http;

/** The contract's empty response object, {@code {}}: deletes, merges, deactivation. */
public record EmptyResponse() {}
