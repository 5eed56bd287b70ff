package dev.roster.ids;

import dev.roster.errors.ApiError;
import dev.roster.errors.ApiException;
import java.util.Locale;
import java.util.Optional;

/** The kinds of object that carry IDs, with their DON type segment and display-ID prefix. */
public enum IdKind {
    DEV_USER("identity", "devu", "DEVU", "dev user"),
    REV_USER("identity", "revu", "REVU", "rev user"),
    REV_ORG("identity", "revo", "REV", "rev org"),
    ACCOUNT("identity", "account", "ACC", "account"),
    TAG("core", "tag", "TAG", "tag"),
    GROUP("identity", "group", "GROUP", "group"),
    /** An API token: its DON is its JWT's {@code jti}. */
    TOKEN("identity", "token", "TOKEN", "token"),
    WEBHOOK("integration", "webhook", "WEBHOOK", "webhook"),
    /** A webhook event: its DON is the envelope's {@code id}, stable across delivery attempts. */
    EVENT("integration", "event", "EVENT", "event"),
    /** A dev org's own DON has no object part ({@link Ids#devOrgDon}); only its display ID uses the prefix. */
    DEV_ORG("identity", "devo", "DEV", "dev org");

    private final String service;
    private final String segment;
    private final String prefix;
    private final String noun;

    IdKind(String service, String segment, String prefix, String noun) {
        this.service = service;
        this.segment = segment;
        this.prefix = prefix;
        this.noun = noun;
    }

    /** The DON's service part: {@code identity}, {@code core} or {@code integration}. */
    public String service() { return service; }

    /** The DON's type segment, as in {@code devu/12}. */
    public String segment() { return segment; }

    /** The display-ID prefix, as in {@code DEVU-12}. */
    public String prefix() { return prefix; }

    /** How messages name this kind: "dev user". */
    public String noun() { return noun; }

    /** 404: no object of this kind with this number in the caller's dev org, named by its display id. */
    public ApiException notFound(long number) {
        return ApiError.notFound(noun, Ids.displayId(this, number)).toException();
    }

    static Optional<IdKind> bySegment(String segment) {
        for (IdKind kind : values()) {
            if (kind.segment.equals(segment)) return Optional.of(kind);
        }
        return Optional.empty();
    }

    static Optional<IdKind> byPrefix(String prefix) {
        String upper = prefix.toUpperCase(Locale.ROOT);
        for (IdKind kind : values()) {
            if (kind.prefix.equals(upper)) return Optional.of(kind);
        }
        return Optional.empty();
    }
}
