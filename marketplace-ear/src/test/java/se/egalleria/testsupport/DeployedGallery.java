package se.egalleria.testsupport;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of tests that talk to the deployed gallery from outside, as a browser or an API client:
 * the real EAR in the managed WildFly, reached at {@link #base}.
 *
 * <p>Arquillian starts and stops the server once per test run; the EAR is not deployed per class but
 * sits in the server's deployment scanner directory (the build puts it there), so WildFly deploys it
 * at boot, as a production server does, and all classes of the run share that one deployment. Tests
 * therefore create their own data and never rely on a fresh deployment.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedGallery {

    protected final URL base = SharedDeployment.base();

    @BeforeAll
    static void galleryIsDeployed() {
        SharedDeployment.awaitDeployed();
    }
}
