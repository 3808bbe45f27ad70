import { RateLimitGate } from '../../nodes/Intercom/transport/rateLimit';

const headers = (remaining: number, resetInMs: number) => ({
	'x-ratelimit-limit': '10',
	'x-ratelimit-remaining': String(remaining),
	'x-ratelimit-reset': String(Math.ceil((Date.now() + resetInMs) / 1000)),
});

describe('RateLimitGate', () => {
	it('lets calls through while the window has calls left', async () => {
		const gate = new RateLimitGate();
		await gate.acquire();
		gate.settle(headers(2, 5_000));
		const started = Date.now();
		await gate.acquire();
		await gate.acquire();
		expect(Date.now() - started).toBeLessThan(100);
	});

	it('holds a call that would exceed the window until the window resets', async () => {
		const gate = new RateLimitGate();
		await gate.acquire();
		gate.settle(headers(1, 1_000));
		await gate.acquire(); // the last call of the window, still in flight
		const started = Date.now();
		await gate.acquire();
		expect(Date.now() - started).toBeGreaterThanOrEqual(50);
		expect(gate.msUntilReset()).toBeLessThanOrEqual(1_100);
	});

	it('keeps the lowest remaining count of a window when answers arrive out of order', async () => {
		const gate = new RateLimitGate();
		const reset = headers(0, 1_000);
		await gate.acquire();
		await gate.acquire();
		gate.settle(reset);
		gate.settle({ ...reset, 'x-ratelimit-remaining': '5' });
		let passed = false;
		const waiting = gate.acquire().then(() => (passed = true));
		await new Promise((resolve) => setTimeout(resolve, 30));
		expect(passed).toBe(false);
		await waiting;
	});

	it('treats a 429 as an exhausted window', () => {
		const gate = new RateLimitGate();
		gate.exhaust(headers(7, 2_000));
		expect(gate.msUntilReset()).toBeGreaterThan(0);
	});

	it('ignores responses without rate-limit headers', async () => {
		const gate = new RateLimitGate();
		gate.settle({});
		expect(gate.msUntilReset()).toBeUndefined();
		await gate.acquire();
	});
});
