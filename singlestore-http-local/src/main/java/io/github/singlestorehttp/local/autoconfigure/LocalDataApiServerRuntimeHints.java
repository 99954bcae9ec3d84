package io.github.singlestorehttp.local.autoconfigure;

import java.util.List;

import io.github.singlestorehttp.local.h2.Base64Functions;
import io.github.singlestorehttp.local.h2.CatalogFunctions;
import io.github.singlestorehttp.local.h2.GeographyFunctions;
import io.github.singlestorehttp.local.h2.functions.JsonAggAggregate;
import io.github.singlestorehttp.local.h2.functions.JsonFunctions;
import io.github.singlestorehttp.local.h2.functions.VectorFunctions;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Runtime hints for the local server: its OpenAPI description, read as a resource, and the classes whose
 * static methods (and aggregate, whose constructor) H2 calls by reflection for the emulated SingleStore
 * functions.
 */
class LocalDataApiServerRuntimeHints implements RuntimeHintsRegistrar {

	private static final List<Class<?>> H2_FUNCTIONS = List.of(Base64Functions.class, CatalogFunctions.class,
			GeographyFunctions.class, JsonFunctions.class, VectorFunctions.class, JsonAggAggregate.class);

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources().registerPattern("io/github/singlestorehttp/local/http/openapi.yaml");
		H2_FUNCTIONS.forEach((type) -> hints.reflection()
			.registerType(type, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS));
	}

}
