package io.github.singlestorehttp.sample;

import reactor.core.publisher.Flux;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the users reactively, streamed from the Data API as rows arrive.
 */
@RestController
public class UserController {

	private final UserService users;

	/**
	 * Create the controller.
	 * @param users the user service
	 */
	public UserController(UserService users) {
		this.users = users;
	}

	/**
	 * All users.
	 * @return the users, as they are read
	 */
	@GetMapping("/users")
	public Flux<User> users() {
		return this.users.streamAll();
	}

}
