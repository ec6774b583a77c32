package se.egalleria.web.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PlatformHostsTest {

    @Test
    void splitsOnCommasStripsAndLowerCases() {
        PlatformHosts hosts = PlatformHosts.of(" localhost, E-Galleria.se ,www.e-galleria.se");

        assertEquals(Set.of("localhost", "e-galleria.se", "www.e-galleria.se"), hosts.hosts());
        assertTrue(hosts.contains("e-galleria.se"));
        assertFalse(hosts.contains("arjeplog.e-galleria.se"));
    }

    @Test
    void ignoresEmptyEntries() {
        assertEquals(Set.of("localhost"), PlatformHosts.of("localhost,, ,").hosts());
        assertEquals(Set.of(), PlatformHosts.of("").hosts());
    }

    @Test
    void repeatedHostCountsOnce() {
        assertEquals(Set.of("localhost"), PlatformHosts.of("localhost,LOCALHOST").hosts());
    }
}
