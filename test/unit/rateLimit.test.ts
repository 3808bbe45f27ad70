import { RateLimitGate } from '../../nodes/Intercom/transport/rateLimit';

const headers = (remaining: number, resetInMs: number) => ({
	'x-ratelimit-limit': '10',
	'x-ratelimit-remaining': String(remaining),
	'x-ratelimit-reset': String(Math.ceil((Date.now() + resetInMs) / 1000)),
});

/** Whether `promise` is still waiting once everything already due has run (event order, not elapsed time). */
async function isPending(promise: Promise<unknown>): Promise<boolean> {
	return await Promise.race([
		promise.then(() => false),
		new Promise<boolean>((resolve) => setImmediate(() => resolve(true))),
	]);
}

describe('RateLimitGate', () => {
	it('lets calls through while the window has calls left', async () => {
		const gate = new RateLimitGate();
		await gate.acquire();
		gate.settle(headers(2, 5_000));
		expect(await isPending(gate.acquire())).toBe(false);
		expect(await isPending(gate.acquire())).toBe(false);
	});

	it('holds a call that would exceed the window until the window resets', async () => {
		const gate = new RateLimitGate();
		await gate.acquire();
		gate.settle(headers(1, 1_000));
		await gate.acquire(); // the last call of the window, still in flight
		const held = gate.acquire();
		expect(await isPending(held)).toBe(true);
		// The reset is in whole seconds, so it lies up to two seconds ahead.
		expect(gate.msUntilReset()).toBeLessThanOrEqual(2_100);
		await held;
	});

	it('keeps the lowest remaining count of a window when answers arrive out of order', async () => {
		const gate = new RateLimitGate();
		const reset = headers(0, 1_000);
		await gate.acquire();
		await gate.acquire();
		gate.settle(reset);
		gate.settle({ ...reset, 'x-ratelimit-remaining': '5' });
		const held = gate.acquire();
		expect(await isPending(held)).toBe(true);
		await held;
	});

	it('treats a 429 as an exhausted window', async () => {
		const gate = new RateLimitGate();
		await gate.acquire();
		gate.exhaust(headers(7, 1_000));
		const held = gate.acquire();
		expect(await isPending(held)).toBe(true);
		await held;
	});

	it('ignores responses without rate-limit headers', async () => {
		const gate = new RateLimitGate();
		gate.settle({});
		expect(gate.msUntilReset()).toBeUndefined();
		expect(await isPending(gate.acquire())).toBe(false);
	});
});
