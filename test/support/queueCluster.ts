import type { ChildProcess } from 'node:child_process';
import { execFile, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { freePort, N8N_BIN, NODE24_BIN, ROOT } from './n8nCli';
import { ensureDebianPackages, postgresBin, PostgresServer } from './postgres';
import { until } from './waiting';

const run = promisify(execFile);

/** Installs Redis and PostgreSQL from Debian's packages when missing. */
export async function ensureQueueDependencies(): Promise<void> {
	await ensureDebianPackages([
		...(existsSync('/usr/bin/redis-server') ? [] : ['redis-server']),
		...(postgresBin() ? [] : ['postgresql']),
	]);
}

const listening = async (port: number) =>
	await new Promise<boolean>((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});

type Role = 'main' | 'worker' | 'webhook';

interface Member {
	name: string;
	role: Role;
	port: number;
	env: NodeJS.ProcessEnv;
	child?: ChildProcess;
}

/**
 * n8n in queue mode on 127.0.0.1, as teams run it at scale: PostgreSQL and Redis (Debian's), a main instance, workers
 * and webhook processors sharing the database, Redis, the encryption key and a user folder with this package
 * installed as users install it. Every process is started by PID and stopped by PID, also when a test fails.
 */
export class QueueCluster {
	readonly dir = mkdtempSync(path.join(tmpdir(), 'n8n-queue-'));

	readonly userFolder = path.join(this.dir, 'user');

	private readonly services: ChildProcess[] = [];
	private readonly postgres = new PostgresServer();

	private readonly members: Member[] = [];

	private common: NodeJS.ProcessEnv = {};

	constructor(
		private readonly options: {
			workers?: number;
			/** Executions each worker runs at once (n8n's default is 10). */
			workerConcurrency?: number;
			webhookProcessors?: number;
			env?: NodeJS.ProcessEnv;
		} = {},
	) {
		process.once('exit', () => this.kill());
	}

	/** Starts PostgreSQL and Redis and prepares the user folder; `n8n()` then imports, `start()` starts n8n. */
	async prepare(): Promise<void> {
		await ensureQueueDependencies();
		chmodSync(this.dir, 0o755);
		const redisPort = await freePort();
		await this.postgres.start();
		const pgPort = this.postgres.port;
		this.services.push(
			spawn(
				'redis-server',
				['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
				{
					stdio: 'ignore',
				},
			),
		);
		await until(async () => await listening(redisPort), 'Redis did not listen', 30_000);

		mkdirSync(this.userFolder, { recursive: true });
		await run('bash', ['-c', `source scripts/runtime.sh && install_package_into "${this.userFolder}"`], {
			cwd: ROOT,
		});
		// Jest's NODE_ENV must not reach n8n: processes that share a user folder must agree on their settings file.
		const { NODE_ENV: _nodeEnv, JEST_WORKER_ID: _worker, N8N_LOG_LEVEL: _level, ...inherited } = process.env;
		this.common = {
			...inherited,
			PATH: `${NODE24_BIN}:${process.env.PATH ?? ''}`,
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: 'queue-mode-test-encryption-key',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_DISABLED_MODULES: 'mcp-registry',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_LOG_LEVEL: 'warn',
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redisPort),
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(pgPort),
			DB_POSTGRESDB_DATABASE: 'postgres',
			DB_POSTGRESDB_USER: 'postgres',
			DB_POSTGRESDB_PASSWORD: '',
			...this.options.env,
		};
	}

	/** An n8n CLI command against the shared database (`import:workflow`, `publish:workflow`…). */
	async n8n(...args: string[]): Promise<{ stdout: string; stderr: string }> {
		return await run(N8N_BIN, args, { env: this.common, cwd: this.userFolder, maxBuffer: 64 * 1024 * 1024 });
	}

	async importJson(kind: 'credentials' | 'workflow', data: unknown): Promise<void> {
		const file = path.join(this.dir, `${kind}.json`);
		writeFileSync(file, JSON.stringify(data));
		await this.n8n(`import:${kind}`, `--input=${file}`);
	}

	/** Starts main, the workers and the webhook processors, each on its own ports, and waits until all are ready. */
	async start(): Promise<void> {
		const add = async (name: string, role: Role) => {
			const port = await freePort();
			this.members.push({
				name,
				role,
				port,
				env: {
					...this.common,
					N8N_PORT: String(port),
					N8N_RUNNERS_BROKER_PORT: String(await freePort()),
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					QUEUE_HEALTH_CHECK_PORT: String(port),
				},
			});
		};
		await add('main', 'main');
		for (let index = 1; index <= (this.options.workers ?? 1); index++) await add(`worker${index}`, 'worker');
		for (let index = 1; index <= (this.options.webhookProcessors ?? 2); index++)
			await add(`webhook${index}`, 'webhook');
		for (const member of this.members) this.spawn(member);
		await Promise.all(this.members.map(async (member) => await this.ready(member)));
	}

	private spawn(member: Member): void {
		const command =
			member.role === 'worker'
				? ['worker', `--concurrency=${this.options.workerConcurrency ?? 10}`]
				: [member.role === 'main' ? 'start' : 'webhook'];
		// N8N_E2E_LOG=<file> keeps what the n8n processes print, for debugging.
		const log = process.env.N8N_E2E_LOG ? openSync(process.env.N8N_E2E_LOG, 'a') : 'ignore';
		member.child = spawn(N8N_BIN, command, {
			env: member.env,
			cwd: this.userFolder,
			stdio: ['ignore', log, log],
		});
	}

	private async ready(member: Member): Promise<void> {
		await until(async () => {
			if (member.child?.exitCode !== null)
				throw new Error(`${member.name} exited with ${member.child?.exitCode}`);
			return await fetch(`http://127.0.0.1:${member.port}/healthz/readiness`).then(
				(response) => response.ok,
				() => false,
			);
		}, `${member.name} did not become ready`);
	}

	/** The PID of a member's n8n process. */
	pid(name: string): number {
		const pid = this.members.find((candidate) => candidate.name === name)?.child?.pid;
		if (pid === undefined) throw new Error(`${name} is not running`);
		return pid;
	}

	/**
	 * Waits until a webhook processor serves `url` (main registers published workflows within seconds), asking with
	 * `method`: HEAD for the Intercom Trigger, which answers it; a POST, which starts an execution, for others.
	 */
	async waitForWebhook(url: string, method: 'HEAD' | 'POST' = 'HEAD'): Promise<void> {
		await until(
			async () => (await fetch(url, { method, ...(method === 'POST' ? { body: '{}' } : {}) })).status !== 404,
			`${url} was never served`,
		);
	}

	/** The base URL of a member, e.g. `webhook1`. */
	url(name: string): string {
		const member = this.members.find((candidate) => candidate.name === name);
		if (!member) throw new Error(`no member ${name}`);
		return `http://127.0.0.1:${member.port}`;
	}

	/** Stops a member (SIGTERM, then SIGKILL after 30 s) and starts it again on the same ports. */
	async restart(name: string): Promise<void> {
		const member = this.members.find((candidate) => candidate.name === name);
		if (!member) throw new Error(`no member ${name}`);
		await stop(member.child);
		this.spawn(member);
		await this.ready(member);
	}

	async stop(): Promise<void> {
		await Promise.all(this.members.map(async (member) => await stop(member.child)));
		await Promise.all(this.services.map(async (child) => await stop(child)));
		await this.postgres.stop();
		rmSync(this.dir, { recursive: true, force: true });
	}

	/** Last resort when the test process exits: no process is left behind. */
	private kill(): void {
		for (const child of [...this.members.map((member) => member.child), ...this.services]) {
			if (child && child.exitCode === null) child.kill('SIGKILL');
		}
	}
}

async function stop(child: ChildProcess | undefined): Promise<void> {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	const killAfter = setTimeout(() => child.kill('SIGKILL'), 30_000);
	await exited;
	clearTimeout(killAfter);
}
