package io.github.singlestorehttp.it;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * Decides which HTTP exchanges passing through a {@link FaultInjectingProxy} get a fault, and counts the faults
 * injected. Decisions come from one seeded {@link Random}, so the sequence of decisions is the same in every run;
 * which exchange gets which decision depends on how concurrent connections interleave. The plan starts disarmed
 * (every exchange passes) so that clients can warm up through the proxy.
 */
final class FaultPlan {

	private final Random random;

	private final double share;

	private final List<ProxyFault> faults;

	private final Map<ProxyFault, AtomicInteger> injected = new EnumMap<>(ProxyFault.class);

	private final AtomicLong exchanges = new AtomicLong();

	private volatile boolean armed;

	/**
	 * Create a plan.
	 * @param seed the seed of the decisions
	 * @param share the share of exchanges, between 0 and 1, that get a fault once armed
	 * @param faults the faults to choose from, with equal probability
	 */
	FaultPlan(long seed, double share, List<ProxyFault> faults) {
		if (share < 0 || share > 1) {
			throw new IllegalArgumentException("share must be between 0 and 1");
		}
		if (faults.isEmpty() && share > 0) {
			throw new IllegalArgumentException("No faults to choose from");
		}
		this.random = new Random(seed);
		this.share = share;
		this.faults = List.copyOf(faults);
		for (ProxyFault fault : ProxyFault.values()) {
			this.injected.put(fault, new AtomicInteger());
		}
	}

	/**
	 * Start or stop injecting faults.
	 * @param armed whether exchanges from now on may get a fault
	 */
	void arm(boolean armed) {
		this.armed = armed;
	}

	/**
	 * Decide the fault of an exchange that is starting.
	 * @return the fault, or {@code null} to let the exchange pass
	 */
	synchronized @Nullable ProxyFault nextExchange() {
		this.exchanges.incrementAndGet();
		if (!this.armed || this.random.nextDouble() >= this.share) {
			return null;
		}
		return this.faults.get(this.random.nextInt(this.faults.size()));
	}

	/**
	 * Count a fault that was injected.
	 * @param fault the fault
	 */
	void injected(ProxyFault fault) {
		this.injected.get(fault).incrementAndGet();
	}

	/**
	 * How many times a fault was injected.
	 * @param fault the fault
	 * @return the count
	 */
	int injectedCount(ProxyFault fault) {
		return this.injected.get(fault).get();
	}

	/**
	 * How many faults were injected, by kind.
	 * @return the counts, in declaration order of {@link ProxyFault}
	 */
	Map<ProxyFault, Integer> injectedCounts() {
		Map<ProxyFault, Integer> counts = new EnumMap<>(ProxyFault.class);
		this.injected.forEach((fault, count) -> counts.put(fault, count.get()));
		return counts;
	}

	/**
	 * How many exchanges started, with or without a fault.
	 * @return the count
	 */
	long exchanges() {
		return this.exchanges.get();
	}

}
