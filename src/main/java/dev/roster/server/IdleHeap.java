package dev.roster.server;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Lets an idle server give its heap back. G1 returns memory to the system only after a collection,
 * and a server without requests makes none, so it kept every page its start and its last busy
 * minute touched. A periodic collection after {@link #INTERVAL} without one does it; under load
 * collections come sooner and none is added. The option is one the JVM lets a running program set,
 * so {@code roster serve} sets it for its own process, unless it was given on the command line.
 */
public final class IdleHeap {
    static final Duration INTERVAL = Duration.ofSeconds(15);
    private static final String OPTION = "G1PeriodicGCInterval";

    private IdleHeap() {}

    /** Sets the periodic collection, where the JVM is a HotSpot with G1 and nobody chose otherwise. */
    public static void shrinkWhenIdle() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null || !"true".equals(vm.getVMOption("UseG1GC").getValue())) return;
            if (vm.getVMOption(OPTION).getOrigin() != VMOption.Origin.DEFAULT) return;
            vm.setVMOption(OPTION, Long.toString(INTERVAL.toMillis()));
        } catch (IllegalArgumentException | UnsupportedOperationException | SecurityException e) {
            // Another JVM without the option: the heap then stays as its collector sizes it.
        }
    }
}
