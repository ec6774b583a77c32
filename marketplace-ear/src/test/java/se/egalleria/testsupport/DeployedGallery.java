package se.egalleria.testsupport;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of tests that talk to the deployed gallery from outside, as a browser or an API client:
 * the real EAR in the managed WildFly, reached at {@link #base}.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedGallery {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.marketplaceEar();
    }
}
