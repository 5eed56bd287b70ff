package dev.roster.auth;

import io.javalin.security.RouteRole;

/**
 * The role of routes that any token's holder may call, a rev user's included: those about the
 * presenting token itself ({@code auth-tokens.info}, {@code .delete}, {@code .self.delete}).
 */
public enum TokenHolder implements RouteRole {
    ANY
}
