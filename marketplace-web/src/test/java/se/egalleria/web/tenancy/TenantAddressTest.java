package se.egalleria.web.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantAddressTest {

    private static String host(String hostHeader) {
        return TenantAddress.of(hostHeader, "/").host();
    }

    @Test
    void hostWithoutPortIsKept() {
        assertEquals("arjeplog.localhost", host("arjeplog.localhost"));
    }

    @Test
    void portIsDropped() {
        assertEquals("arjeplog.localhost", host("arjeplog.localhost:8080"));
    }

    @Test
    void hostIsLowerCasedAndStripped() {
        assertEquals("arjeplog.e-galleria.se", host(" Arjeplog.E-Galleria.SE:443 "));
    }

    @Test
    void bracketedIpv6KeepsBracketsAndLosesPort() {
        assertEquals("[::1]", host("[::1]:8080"));
        assertEquals("[::1]", host("[::1]"));
    }

    @Test
    void trailingDotIsDropped() {
        assertEquals("arjeplog.localhost", host("arjeplog.localhost."));
        assertEquals("arjeplog.localhost", host("arjeplog.localhost.:8080"));
    }

    @Test
    void missingHostIsEmpty() {
        assertEquals("", host(null));
    }

    @Test
    void pathPrefixNamesTheMunicipality() {
        TenantAddress address = TenantAddress.of("localhost:8080", "/g/arjeplog/api/v1/shops");

        assertEquals(new TenantAddress("localhost", Optional.of("arjeplog"), "/api/v1/shops"), address);
        assertEquals("/g/arjeplog", address.linkPrefix());
    }

    @Test
    void pathPrefixAloneMeansTheStartPage() {
        assertEquals(new TenantAddress("localhost", Optional.of("arjeplog"), "/"), TenantAddress.of("localhost", "/g/arjeplog"));
        assertEquals("/", TenantAddress.of("localhost", "/g/arjeplog/").pathInside());
    }

    @Test
    void slugInPathIsLowerCased() {
        assertEquals(Optional.of("arjeplog"), TenantAddress.of("localhost", "/g/Arjeplog/shops").pathSlug());
    }

    @Test
    void withoutPrefixTheHostDecidesAndLinksNeedNoPrefix() {
        TenantAddress address = TenantAddress.of("arjeplog.localhost", "/api/v1/shops");

        assertEquals(new TenantAddress("arjeplog.localhost", Optional.empty(), "/api/v1/shops"), address);
        assertEquals("", address.linkPrefix());
    }

    @Test
    void prefixWithoutSlugIsNoPrefix() {
        assertEquals(Optional.empty(), TenantAddress.of("localhost", "/g/").pathSlug());
        assertEquals(Optional.empty(), TenantAddress.of("localhost", "/gallery/arjeplog").pathSlug());
    }
}
