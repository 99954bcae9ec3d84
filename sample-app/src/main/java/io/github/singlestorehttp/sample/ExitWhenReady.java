package io.github.singlestorehttp.sample;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stops the application once it is ready, after the demo ran, when {@code sample.exit-when-ready=true}: for
 * runs that only need the demo's output (CI, start-up measurements). The property is read at run time, so it
 * works the same with ahead-of-time processing, where conditions are fixed at build time.
 */
@Component
public class ExitWhenReady {

	private final boolean exitWhenReady;

	/**
	 * Create the listener.
	 * @param exitWhenReady whether to stop the application once it is ready
	 */
	public ExitWhenReady(@Value("${sample.exit-when-ready:false}") boolean exitWhenReady) {
		this.exitWhenReady = exitWhenReady;
	}

	/**
	 * Close the application context, unless the application should keep serving.
	 * @param event the ready event
	 */
	@EventListener
	public void onReady(ApplicationReadyEvent event) {
		if (this.exitWhenReady) {
			SpringApplication.exit(event.getApplicationContext());
		}
	}

}
