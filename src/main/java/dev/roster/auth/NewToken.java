package dev.roster.auth;

import java.time.Duration;
import java.util.Optional;

/**
 * A token to issue: for a dev user ({@code revUserId} empty) or for a rev user, then issued by
 * {@code devUserId}; with its scope, type, display hint and lifetime.
 */
public record NewToken(long orgId, long devUserId, Optional<Long> revUserId, Scope scope, TokenType type,
                       Optional<String> hint, Duration life) {}
