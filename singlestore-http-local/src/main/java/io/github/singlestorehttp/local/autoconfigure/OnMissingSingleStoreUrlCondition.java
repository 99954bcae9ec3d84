package io.github.singlestorehttp.local.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code singlestore.http.url} is not set or blank.
 */
class OnMissingSingleStoreUrlCondition extends SpringBootCondition {

	private static final String PROPERTY = "singlestore.http.url";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("SingleStore Data API URL");
		String url = context.getEnvironment().getProperty(PROPERTY);
		if (StringUtils.hasText(url)) {
			return ConditionOutcome.noMatch(message.found("property").items(PROPERTY));
		}
		return ConditionOutcome.match(message.didNotFind("property").items(PROPERTY));
	}

}
