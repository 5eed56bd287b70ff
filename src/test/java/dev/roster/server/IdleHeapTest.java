package dev.roster.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** {@code roster serve} turns on G1's periodic collection for its process, unless the command line chose. */
class IdleHeapTest {
    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void an_idle_g1_heap_is_collected_periodically_unless_the_command_line_chose() {
        assumeTrue("true".equals(vm.getVMOption("UseG1GC").getValue()), "this JVM does not run G1");
        VMOption before = vm.getVMOption("G1PeriodicGCInterval");

        IdleHeap.shrinkWhenIdle();

        String expected = before.getOrigin() == VMOption.Origin.DEFAULT ? Long.toString(IdleHeap.INTERVAL.toMillis())
            : before.getValue();
        assertEquals(expected, vm.getVMOption("G1PeriodicGCInterval").getValue());
    }
}
