package io.github.singlestorehttp.it;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises a Logback logger's level while a test provokes failures that the logger would otherwise report one by one,
 * and restores the previous level on {@link #close()}.
 */
final class QuietLogger implements AutoCloseable {

	private final Logger logger;

	private final Level previous;

	private QuietLogger(Logger logger, Level level) {
		this.logger = logger;
		this.previous = logger.getLevel();
		logger.setLevel(level);
	}

	/**
	 * Log only errors through a logger until closed.
	 * @param name the logger's name
	 * @return the handle that restores the logger's level
	 */
	static QuietLogger errorsOnly(String name) {
		return new QuietLogger((Logger) LoggerFactory.getLogger(name), Level.ERROR);
	}

	@Override
	public void close() {
		this.logger.setLevel(this.previous);
	}

}
