package io.github.singlestorehttp.autoconfigure.init;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * A {@link DatabaseInitializerDetector} for {@link SingleStoreScriptDatabaseInitializer}, so that beans which
 * depend on database initialization (annotated {@code @DependsOnDatabaseInitialization}) are created after
 * the scripts ran.
 */
class SingleStoreScriptDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(SingleStoreScriptDatabaseInitializer.class);
	}

}
