package io.github.singlestorehttp.autoconfigure.aot;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import io.github.singlestorehttp.client.ExecResult;
import io.github.singlestorehttp.client.ReactiveSingleStoreOperations;
import io.github.singlestorehttp.client.SingleStoreTemplate;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RowTypesAotProcessor}, as ahead-of-time processing finds it in {@code META-INF/spring/aot.factories}.
 */
class RowTypesAotProcessorTests {

	private final RuntimeHints hints = processAheadOfTime();

	@Test
	void typesThatDataAccessBeansReturnCanBeBound() throws NoSuchMethodException {
		assertThat(RuntimeHintsPredicates.reflection().onType(Person.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Person.class.getMethod("name")))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Address.class)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Invoice.class)).accepts(this.hints);
	}

	@Test
	void theClientsOwnTypesAndBeansWithoutTheTemplateAreLeftOut() {
		assertThat(RuntimeHintsPredicates.reflection().onType(ExecResult.class)).rejects(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Report.class)).rejects(this.hints);
	}

	private static RuntimeHints processAheadOfTime() {
		DefaultGenerationContext generationContext = new DefaultGenerationContext(
				new ClassNameGenerator(ClassName.get(RowTypesAotProcessorTests.class)), new InMemoryGeneratedFiles());
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.registerBean(PeopleRepository.class);
			context.registerBean(InvoiceStream.class);
			context.registerBean(Reports.class);
			new ApplicationContextAotGenerator().processAheadOfTime(context, generationContext);
		}
		return generationContext.getRuntimeHints();
	}

	record Person(long id, String name) {
	}

	record Address(String city) {
	}

	record Invoice(long number) {
	}

	record Report(String title) {
	}

	static class PeopleRepository {

		private final SingleStoreTemplate template;

		PeopleRepository(SingleStoreTemplate template) {
			this.template = template;
		}

		public List<Person> all() {
			return this.template.query("SELECT id, name FROM people", Person.class);
		}

		public Optional<Address> address(long personId) {
			return this.template.sql("SELECT city FROM addresses WHERE person = ?")
				.param(personId)
				.query(Address.class)
				.optional();
		}

		public ExecResult delete(long id) {
			return this.template.update("DELETE FROM people WHERE id = ?", id);
		}

	}

	static class InvoiceStream {

		private final ReactiveSingleStoreOperations operations;

		InvoiceStream(ReactiveSingleStoreOperations operations) {
			this.operations = operations;
		}

		public Flux<Invoice> all() {
			return this.operations.query("SELECT number FROM invoices", Invoice.class);
		}

	}

	static class Reports {

		public Report latest() {
			return new Report("latest");
		}

	}

}
