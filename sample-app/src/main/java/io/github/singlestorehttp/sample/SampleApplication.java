package io.github.singlestorehttp.sample;

import org.springframework.aot.hint.annotation.RegisterReflectionForBinding;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs the users demo against SingleStore when {@code DB_HOST} is set, or against the embedded local
 * Data API server otherwise, then serves {@code GET /users} and {@code /actuator/health}.
 * <p>
 * {@link User} rows are mapped by reflection (its canonical constructor); {@code @RegisterReflectionForBinding}
 * records that for ahead-of-time processing, so that a native image can map them too.
 */
@SpringBootApplication
@RegisterReflectionForBinding(User.class)
public class SampleApplication {

	/**
	 * Start the application.
	 * @param args command-line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
