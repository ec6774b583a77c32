package se.egalleria.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR this module built, deployed as it is: tests exercise what production runs. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive marketplaceEar() {
        File ear = new File(System.getProperty("ear.file", "target/marketplace.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear + ": run the tests through Maven (mvn verify)");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
