package io.github.singlestorehttp.autoconfigure.init;

import java.io.IOException;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.singlestorehttp.client.SingleStoreOperations;

import org.springframework.boot.sql.autoconfigure.init.ApplicationScriptDatabaseInitializer;
import org.springframework.boot.sql.init.AbstractScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.init.CannotReadScriptException;
import org.springframework.jdbc.datasource.init.ScriptStatementFailedException;
import org.springframework.util.FileCopyUtils;

/**
 * Runs schema and data scripts through a {@link SingleStoreOperations}, statement by statement, when the
 * application starts: the counterpart of Spring Boot's JDBC and R2DBC script initializers for the Data API.
 * <p>
 * Scripts are split as the MySQL client splits them (separators inside literals, quoted identifiers and
 * comments do not count) and each statement is sent with {@code update}. The Data API has no transaction
 * across requests, so statements that ran before a failing one stay applied. A failure is reported as a
 * {@link ScriptStatementFailedException} naming the script and the statement's number in it; with
 * {@code continueOnError} it is logged at debug level and the next statement runs.
 */
public class SingleStoreScriptDatabaseInitializer extends AbstractScriptDatabaseInitializer
		implements ApplicationScriptDatabaseInitializer {

	private static final Log logger = LogFactory.getLog(SingleStoreScriptDatabaseInitializer.class);

	private final SingleStoreOperations operations;

	private final boolean embedded;

	/**
	 * Create an initializer.
	 * @param operations where the statements are sent
	 * @param settings the scripts, mode, separator, encoding and error handling
	 * @param embedded whether the database lives and dies with the application (the local server), which
	 * mode {@code embedded} initializes
	 */
	public SingleStoreScriptDatabaseInitializer(SingleStoreOperations operations,
			DatabaseInitializationSettings settings, boolean embedded) {
		super(settings);
		this.operations = operations;
		this.embedded = embedded;
	}

	@Override
	protected boolean isEmbeddedDatabase() {
		return this.embedded;
	}

	@Override
	protected void runScripts(Scripts scripts) {
		SqlScriptSplitter splitter = new SqlScriptSplitter(scripts.getSeparator());
		for (Resource script : scripts) {
			EncodedResource encodedScript = new EncodedResource(script, scripts.getEncoding());
			runStatements(encodedScript, splitter.split(read(encodedScript)), scripts.isContinueOnError());
		}
	}

	private void runStatements(EncodedResource script, List<String> statements, boolean continueOnError) {
		logger.debug("Executing SQL script from " + script);
		for (int i = 0; i < statements.size(); i++) {
			String statement = statements.get(i);
			try {
				this.operations.update(statement);
			}
			catch (DataAccessException ex) {
				ScriptStatementFailedException failure = new ScriptStatementFailedException(statement, i + 1, script,
						ex);
				if (!continueOnError) {
					throw failure;
				}
				logger.debug(failure.getMessage() + " (continuing)", ex);
			}
		}
		logger.debug("Executed SQL script from " + script);
	}

	private static String read(EncodedResource script) {
		try {
			return FileCopyUtils.copyToString(script.getReader());
		}
		catch (IOException ex) {
			throw new CannotReadScriptException(script, ex);
		}
	}

}
