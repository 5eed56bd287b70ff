package dev.roster.ui;

import dev.roster.errors.ApiError;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The admin page's files, under {@code /_roster/ui/}. They need no token: the page holds no data, and
 * every call it makes to the API carries the token its user signed in with.
 */
public final class UiHandlers {
    public static final String ROOT = "/_roster/ui/";
    /** Only Roster's own files and API: no inline script or style, no other origin, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
        + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        + "frame-ancestors 'none'";

    // The files never change while a server runs, so each is read from the jar once.
    private final Map<String, UiAsset> assets = new ConcurrentHashMap<>();

    /** {@code GET /}: people who open the server's address in a browser want the page. */
    public void home(Context ctx) {
        ctx.redirect(ROOT, HttpStatus.FOUND);
    }

    /** {@code GET /_roster/ui/...}: a file of the page; the folder itself is {@code index.html}. */
    public void asset(Context ctx) {
        String path = ctx.path();
        if (!path.startsWith(ROOT)) {
            // Relative links resolve against the folder, so its address must end with a slash.
            ctx.redirect(ROOT, HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        String name = path.substring(ROOT.length());
        UiAsset asset = load(name.isEmpty() ? "index.html" : name);
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        // Revalidated on every use: an upgraded server's page is seen at once, and an unchanged file costs a 304.
        ctx.header("Cache-Control", "no-cache");
        ctx.header("ETag", asset.etag());
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    private UiAsset load(String name) {
        UiAsset cached = assets.get(name);
        if (cached != null) return cached;
        UiAsset asset = UiAsset.load(name)
            .orElseThrow(() -> ApiError.notFound("no file " + ROOT + name).toException());
        assets.put(name, asset);
        return asset;
    }
}
