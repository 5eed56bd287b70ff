package dev.roster.faults;

import dev.roster.auth.Caller;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestBody;
import java.util.function.Predicate;

/** {@code /_roster/faults.*}: a dev org's admin sets up the failures its client code must survive. */
public final class FaultHandlers {
    private final FaultService service;
    private final Predicate<String> isOperation;

    /** @param isOperation whether a name is one of DevRev's operations that Roster serves */
    public FaultHandlers(FaultService service, Predicate<String> isOperation) {
        this.service = service;
        this.isOperation = isOperation;
    }

    public FaultJson.One create(Caller caller, RequestBody request) {
        return new FaultJson.One(FaultJson.from(service.create(caller.orgId(), NewFault.parse(request, isOperation))));
    }

    public FaultJson.All list(Caller caller, RequestBody request) {
        return new FaultJson.All(service.list(caller.orgId()).stream().map(FaultJson::from).toList());
    }

    public EmptyResponse delete(Caller caller, RequestBody request) {
        service.delete(caller.orgId(), request.requiredText("id", 256));
        return new EmptyResponse();
    }

    public EmptyResponse clear(Caller caller, RequestBody request) {
        service.forget(caller.orgId());
        return new EmptyResponse();
    }
}
