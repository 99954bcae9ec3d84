package io.github.singlestorehttp.autoconfigure;

/**
 * {@link SingleStoreConnectionDetails} of a Data API server that lives and dies with the application, such as
 * the in-memory local server started when no {@code singlestore.http.url} is set. Its database counts as
 * embedded for {@code spring.sql.init.mode=embedded}, the default, so schema and data scripts run against it
 * and not against a remote SingleStore unless {@code spring.sql.init.mode=always}.
 */
public interface EmbeddedSingleStoreConnectionDetails extends SingleStoreConnectionDetails {

}
