package dev.roster.auth;

import io.javalin.security.RouteRole;

/**
 * The role of the routes that manage dev orgs ({@code /_roster/dev-orgs.*}): only the operator token
 * opens them, and it opens nothing else. It is no {@link Scope}: an org token of any scope is refused.
 */
public enum Operator implements RouteRole {
    TOKEN
}
