/**
 * Runs `task` for indexes 0…count-1 with at most `concurrency` running at once and returns the results in index
 * order. After a failure no new task starts; the failure of the lowest index is thrown once running tasks end,
 * so the error is the one sequential processing would have met first.
 */
export async function mapInOrder<T>(
	count: number,
	concurrency: number,
	task: (index: number) => Promise<T>,
): Promise<T[]> {
	const results = new Array<T>(count);
	const failures = new Map<number, unknown>();
	let next = 0;

	async function worker(): Promise<void> {
		while (next < count && failures.size === 0) {
			const index = next++;
			try {
				results[index] = await task(index);
			} catch (error) {
				failures.set(index, error);
			}
		}
	}

	const workers = Number.isInteger(concurrency) ? Math.max(1, Math.min(concurrency, count)) : 1;
	await Promise.all(Array.from({ length: workers }, async () => await worker()));
	if (failures.size > 0) {
		throw failures.get(Math.min(...failures.keys()));
	}
	return results;
}
