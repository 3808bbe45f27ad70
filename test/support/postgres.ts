import type { ChildProcess } from 'node:child_process';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { freePort } from './n8nCli';
import { until } from './waiting';

const run = promisify(execFile);

/** Debian's PostgreSQL binaries, whichever major version is installed. */
export function postgresBin(): string | undefined {
	const base = '/usr/lib/postgresql';
	if (!existsSync(base)) return undefined;
	const [newest] = readdirSync(base).sort((a, b) => Number(b) - Number(a));
	return newest ? path.join(base, newest, 'bin') : undefined;
}

/** Installs Debian's packages that are missing (root, as `npm test` runs in CI). */
export async function ensureDebianPackages(packages: string[]): Promise<void> {
	if (packages.length === 0) return;
	await run(
		'bash',
		[
			'-c',
			`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`,
		],
		{ maxBuffer: 64 * 1024 * 1024 },
	);
}

const uid = (name: string) => Number(execFileSync('id', ['-u', name]).toString().trim());
const gid = (name: string) => Number(execFileSync('id', ['-g', name]).toString().trim());

/** A throwaway PostgreSQL (Debian's) on 127.0.0.1, user `postgres` without a password, database `postgres`. */
export class PostgresServer {
	port = 0;
	private child?: ChildProcess;
	private dir = '';

	async start(): Promise<void> {
		if (!postgresBin()) await ensureDebianPackages(['postgresql']);
		const bin = postgresBin();
		if (!bin) throw new Error('PostgreSQL is not installed');
		this.port = await freePort();
		this.dir = mkdtempSync(path.join(tmpdir(), 'n8n-pg-'));
		chmodSync(this.dir, 0o755);
		const data = path.join(this.dir, 'data');
		mkdirSync(data);
		chownSync(data, uid('postgres'), gid('postgres'));
		// PostgreSQL refuses to run as root: setpriv runs it as `postgres` without a process in between.
		const asPostgres = ['--reuid=postgres', '--regid=postgres', '--init-groups', '--'];
		await run('setpriv', [
			...asPostgres,
			path.join(bin, 'initdb'),
			...['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8'],
		]);
		this.child = spawn(
			'setpriv',
			[
				...asPostgres,
				path.join(bin, 'postgres'),
				'-D',
				data,
				'-p',
				String(this.port),
				'-h',
				'127.0.0.1',
				'-k',
				data,
			],
			{ stdio: 'ignore' },
		);
		process.once('exit', () => this.child?.kill('SIGKILL'));
		await until(
			async () =>
				await run(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(this.port)]).then(
					() => true,
					() => false,
				),
			'PostgreSQL did not become ready',
			60_000,
		);
	}

	/** n8n's Postgres credential for this server, as `n8n import:credentials` takes it. */
	credential(id = 'postgresCredential', name = 'PostgreSQL') {
		const data = {
			host: '127.0.0.1',
			port: this.port,
			database: 'postgres',
			user: 'postgres',
			password: '',
			ssl: 'disable',
		};
		return { id, name, type: 'postgres', data };
	}

	/** Runs SQL with psql and returns its rows, one line each, columns separated by `|`. */
	async query(sql: string): Promise<string[]> {
		const bin = postgresBin() as string;
		const { stdout } = await run(
			path.join(bin, 'psql'),
			[
				'-h',
				'127.0.0.1',
				'-p',
				String(this.port),
				'-U',
				'postgres',
				'-At',
				'-v',
				'ON_ERROR_STOP=1',
				'-c',
				sql,
			],
			{ maxBuffer: 256 * 1024 * 1024 },
		);
		return stdout.split('\n').filter((line) => line !== '');
	}

	async stop(): Promise<void> {
		const child = this.child;
		if (child && child.exitCode === null && child.signalCode === null) {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			const killAfter = setTimeout(() => child.kill('SIGKILL'), 30_000);
			await exited;
			clearTimeout(killAfter);
		}
		if (this.dir) rmSync(this.dir, { recursive: true, force: true });
	}
}
