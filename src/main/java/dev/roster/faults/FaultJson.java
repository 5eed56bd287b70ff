package dev.roster.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A fault on the wire: every field as given or defaulted, and how many times it has fired. */
public record FaultJson(String id, String operation, ObjectNode match, long after, long times, RespondJson respond, Long delayMs,
                 Boolean dropConnection, boolean afterCommit, long fired) {

    public record RespondJson(int status, String type, String message, Long retryAfter, String fieldName) {}

    public record One(FaultJson fault) {}

    public record All(List<FaultJson> faults) {}

    static FaultJson from(Fault fault) {
        NewFault spec = fault.spec();
        RespondJson respond = null;
        Long delay = null;
        Boolean drop = null;
        switch (spec.action()) {
            case FaultAction.Respond r -> respond = new RespondJson(r.status(), r.type(), r.message(), r.retryAfter(),
                r.fieldName());
            case FaultAction.Delay d -> delay = d.millis();
            case FaultAction.Drop d -> drop = true;
        }
        return new FaultJson(fault.id(), spec.operation(), spec.match(), spec.after(), spec.times(), respond, delay, drop,
            spec.afterCommit(), fault.fired());
    }
}
