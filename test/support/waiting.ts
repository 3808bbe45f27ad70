const pause = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `read` until it returns at least `atLeast` and then the same value `stablePolls` times in a row: a count of
 * executions that has stopped moving. Throws with the last value when `timeoutMs` passes first.
 */
export async function settledCount(
	read: () => Promise<number>,
	{ atLeast = 0, timeoutMs = 120_000, pollMs = 250, stablePolls = 4 } = {},
): Promise<number> {
	const deadline = Date.now() + timeoutMs;
	let last = Number.NaN;
	let unchanged = 0;
	for (;;) {
		const count = await read();
		unchanged = count === last ? unchanged + 1 : 0;
		last = count;
		if (count >= atLeast && unchanged >= stablePolls) return count;
		if (Date.now() > deadline) {
			throw new Error(
				`the count did not settle at ${atLeast} or more within ${timeoutMs} ms; last read ${count}`,
			);
		}
		await pause(pollMs);
	}
}

/** Polls `ready` until it is true; throws with `what` when `timeoutMs` passes first. */
export async function until(ready: () => Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await ready())) {
		if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`);
		await pause(100);
	}
}
