/**
 * The fake Intercom in a process of its own, as Intercom is another machine: its work (searching and sorting
 * thousands of contacts per call) then does not share the benchmarked node's CPU. Started with `fork`; seeded and
 * read over IPC.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

import type { FakeIntercomOptions } from '../test/fake/server';
import { loadSpec } from '../test/fake/openapi';
import { FakeIntercom } from '../test/fake/server';

interface Stats {
	calls: number;
	maxInFlight: number;
	tooMany: number;
}

type Request = { type: 'seedSpread'; count: number; kind: 'contacts' | 'conversations' } | { type: 'stats' };

/** Contacts or conversations created over the last three years, one every few hours, as a workspace grows. */
function seedSpread(fake: FakeIntercom, count: number, kind: 'contacts' | 'conversations'): void {
	const start = Math.floor(Date.now() / 1000) - 3 * 365 * 86_400;
	const step = Math.floor((3 * 365 * 86_400) / count);
	for (let index = 0; index < count; index++) {
		const created_at = start + index * step;
		if (kind === 'contacts') {
			fake.store.addContact({ email: `s${index}@example.com`, created_at, updated_at: start });
		} else {
			fake.store.addConversation({ title: `s${index}`, created_at, updated_at: created_at });
		}
	}
}

/** The parent's handle on a fake running in a child process. */
export class FakeProcess {
	url = '';
	token = '';
	private child?: ChildProcess;

	async start(options: FakeIntercomOptions): Promise<this> {
		this.child = fork(__filename, [JSON.stringify(options)], { stdio: 'inherit' });
		const { url, token } = await this.next<{ url: string; token: string }>();
		this.url = url;
		this.token = token;
		return this;
	}

	async seedSpread(count: number, kind: 'contacts' | 'conversations'): Promise<void> {
		this.child?.send({ type: 'seedSpread', count, kind } satisfies Request);
		await this.next();
	}

	async stats(): Promise<Stats> {
		this.child?.send({ type: 'stats' } satisfies Request);
		return await this.next<Stats>();
	}

	async stop(): Promise<void> {
		const child = this.child;
		if (!child || child.exitCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		await exited;
	}

	private async next<T>(): Promise<T> {
		return await new Promise<T>((resolve) => this.child?.once('message', (message) => resolve(message as T)));
	}
}

async function serve(options: FakeIntercomOptions): Promise<void> {
	// Read Intercom's description now, not on the first timed call.
	loadSpec('2.14');
	const fake = await new FakeIntercom(options).start();
	process.on('message', (request: Request) => {
		if (request.type === 'seedSpread') {
			seedSpread(fake, request.count, request.kind);
			process.send?.({});
		} else {
			process.send?.({
				calls: fake.requests.length,
				maxInFlight: fake.maxInFlight,
				tooMany: fake.requests.filter((recorded) => recorded.status === 429).length,
			} satisfies Stats);
		}
	});
	process.send?.({ url: fake.url, token: fake.token });
}

if (require.main === module) void serve(JSON.parse(process.argv[2] ?? '{}') as FakeIntercomOptions);
