package io.github.singlestorehttp.sample;

import java.io.PrintStream;

import io.github.singlestorehttp.client.ExecResult;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The users demo run at startup: the table is created from {@code schema.sql} before it runs, then it inserts
 * John, selects all, selects him by id, renames him to John Doe and deletes him; each step is printed with its
 * result.
 */
@Component
@ConditionalOnBooleanProperty(name = "sample.demo.enabled", matchIfMissing = true)
public class CrudDemo implements ApplicationRunner {

	private final UserService users;

	private final PrintStream out;

	/**
	 * Create the demo.
	 * @param users the user service
	 */
	public CrudDemo(UserService users) {
		this.users = users;
		this.out = System.out;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.out.println("Create users table: done by schema.sql at startup");

		this.out.println("Insert user");
		ExecResult inserted = this.users.insert("John");
		this.out.println(inserted);
		long id = inserted.lastInsertId();

		this.out.println("Select all users");
		this.out.println(this.users.findAll());

		this.out.println("Select user");
		this.out.println(this.users.findById(id).orElseThrow());

		this.out.println("Update user");
		this.out.println(this.users.rename(id, "John Doe"));
		this.out.println(this.users.findById(id).orElseThrow());

		this.out.println("Delete user");
		this.out.println(this.users.delete(id));
	}

}
