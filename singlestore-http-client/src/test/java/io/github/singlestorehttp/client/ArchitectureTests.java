package io.github.singlestorehttp.client;

import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The client's package structure: no cycles between its packages (the API package included), and the
 * internal packages ({@code codec}, {@code http}) neither seen in the public API nor used by
 * the other public packages.
 */
@AnalyzeClasses(packages = ArchitectureTests.CLIENT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	static final String CLIENT = "io.github.singlestorehttp.client";

	private static final Set<String> INTERNAL_PACKAGES = Set.of(CLIENT + ".codec", CLIENT + ".http");

	@ArchTest
	static final ArchRule subpackagesAreFreeOfCycles = slices().matching(CLIENT + ".(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule packagesIncludingTheApiAreFreeOfCycles = slices().assignedFrom(new ClientPackages())
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule publicApiDoesNotExposeInternals = codeUnits().that()
		.arePublic()
		.and()
		.areDeclaredInClassesThat()
		.arePublic()
		.and()
		.areDeclaredInClassesThat()
		.resideInAnyPackage(CLIENT, CLIENT + ".error", CLIENT + ".mapping", CLIENT + ".observation")
		.should(new NotExposeInternalTypes());

	@ArchTest
	static final ArchRule publicPackagesBesidesTheApiDoNotUseInternals = noClasses().that()
		.resideInAnyPackage(CLIENT + ".error", CLIENT + ".mapping", CLIENT + ".observation")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(INTERNAL_PACKAGES.toArray(String[]::new));

	/** One slice per package directly below the client, and one for the client's API package itself. */
	private static final class ClientPackages implements SliceAssignment {

		@Override
		public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
			String name = javaClass.getPackageName();
			if (name.equals(CLIENT)) {
				return SliceIdentifier.of("api");
			}
			if (name.startsWith(CLIENT + ".")) {
				return SliceIdentifier.of(name.substring(CLIENT.length() + 1).split("\\.")[0]);
			}
			return SliceIdentifier.ignore();
		}

		@Override
		public String getDescription() {
			return "the client's API package and each package below it";
		}

	}

	/** Fails a public method or constructor whose parameter or return type is internal. */
	private static final class NotExposeInternalTypes extends ArchCondition<JavaCodeUnit> {

		NotExposeInternalTypes() {
			super("not take or return types of the internal packages");
		}

		@Override
		public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
			Stream.concat(Stream.of(codeUnit.getRawReturnType()), codeUnit.getRawParameterTypes().stream())
				.filter((type) -> INTERNAL_PACKAGES.contains(type.getPackageName()))
				.forEach((type) -> events.add(SimpleConditionEvent.violated(codeUnit,
						codeUnit.getFullName() + " exposes internal type " + type.getName())));
		}

	}

}
