package se.egalleria.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's one JSON-B instance (thread-safe, default settings). Without a resolver RESTEasy builds
 * a new one for every body it reads or writes: a service look-up through the module class loader
 * and every class's mapping parsed again, which took a third of the server's CPU time per API
 * request in the benchmark (bench/README.md). One instance keeps the mappings it has parsed.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
