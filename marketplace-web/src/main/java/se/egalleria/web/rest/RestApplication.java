package se.egalleria.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API, version 1. Every path is per municipality (host name or /g/{slug}/api/v1). */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "e-galleria API", version = "1",
        description = "One municipality's gallery per host name (arjeplog.localhost) or path prefix (/g/arjeplog)."))
public class RestApplication extends Application {
}
