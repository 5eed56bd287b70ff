package dev.roster.faults;

import dev.roster.auth.Caller;
import dev.roster.http.LoadShedder;
import dev.roster.http.Operations;
import dev.roster.http.RequestBody;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Runs DevRev's operations through their dev org's faults. Without {@code after_commit} a fault acts
 * instead of the operation (a delay, before it); with it, the operation runs (a write commits) and
 * then the fault acts on its answer. A delay waits outside any transaction and without a request
 * slot, so it holds neither a database connection nor capacity that other requests need. A dropped
 * request answers nothing here; the server closes its connection once the journal holds it, so a
 * client that sees the drop finds it in the journal.
 */
public final class FaultInjector implements Operations.Around {
    private static final String FIRED = "roster.fault";

    private final FaultService faults;
    private final LoadShedder shedder;

    public FaultInjector(FaultService faults, LoadShedder shedder) {
        this.faults = faults;
        this.shedder = shedder;
    }

    /** What a fault did to a request: its id, and whether it dropped the connection (so nothing was answered). */
    public record Fired(String faultId, boolean dropped) {}

    public static Optional<Fired> fired(Context ctx) {
        return Optional.ofNullable(ctx.attribute(FIRED));
    }

    @Override
    public Object run(Context ctx, Operations.Entry entry, Caller caller, RequestBody request) {
        if (entry.isRosters()) return entry.operation().run(caller, request);
        Optional<FaultService.Firing> firing = faults.fire(caller.orgId(), entry.name(), request);
        if (firing.isEmpty()) return entry.operation().run(caller, request);
        Fault fault = firing.get().fault();
        FaultAction action = fault.spec().action();
        ctx.attribute(FIRED, new Fired(fault.id(), action instanceof FaultAction.Drop));
        if (!fault.spec().afterCommit()) {
            switch (action) {
                case FaultAction.Respond respond -> throw respond.error(fault.id(), firing.get().n()).toException();
                case FaultAction.Delay delay -> shedder.awayFor(ctx, () -> fault.pause(delay.millis()));
                case FaultAction.Drop drop -> {
                    return null;
                }
            }
            return entry.operation().run(caller, request);
        }
        Object answer = entry.operation().run(caller, request);
        switch (action) {
            case FaultAction.Respond respond -> throw respond.error(fault.id(), firing.get().n()).toException();
            case FaultAction.Delay delay -> {
                // The work is done: its slot is free for others while the answer waits.
                shedder.release(ctx);
                fault.pause(delay.millis());
            }
            case FaultAction.Drop drop -> {
                return null;
            }
        }
        return answer;
    }
}
