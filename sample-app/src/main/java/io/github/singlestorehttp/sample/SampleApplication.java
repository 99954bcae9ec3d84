package io.github.singlestorehttp.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs the users demo against SingleStore when {@code DB_HOST} is set, or against the embedded local
 * Data API server otherwise, then serves {@code GET /users} and {@code /actuator/health}.
 */
@SpringBootApplication
public class SampleApplication {

	/**
	 * Start the application.
	 * @param args command-line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
