package dev.roster.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The requested token types Roster issues, as DevRev names them. */
public enum TokenType {
    /** A personal access token: a dev user's own, or one an admin issues for another ({@code act_as}). */
    PAT("urn:devrev:params:oauth:token-type:pat"),
    /** A rev user's token, issued by a dev user who provisions that rev user. */
    REV("urn:devrev:params:oauth:token-type:rev");

    private final String wire;

    TokenType(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    public static Optional<TokenType> ofWire(String text) {
        return Arrays.stream(values()).filter(type -> type.wire.equals(text)).findFirst();
    }

    public static List<String> wires() { return Arrays.stream(values()).map(TokenType::wire).toList(); }
}
