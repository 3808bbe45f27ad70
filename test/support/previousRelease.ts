import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { ROOT } from './n8nCli';

const run = promisify(execFile);

/** The last released version, and the commit it was released from. */
export const PREVIOUS_RELEASE = { version: '0.3.0', commit: 'e723f29' };

/**
 * The previous release packed as npm would publish it, built from its commit (once, into .runtime/upgrade/): its
 * sources compiled with this project's TypeScript, which they find above them, and its icons copied by its gulpfile.
 * Its compiled code stays beside the tarball, where it finds n8n-workflow above it too.
 */
export async function previousReleaseTarball(): Promise<string> {
	const folder = path.join(ROOT, '.runtime/upgrade', PREVIOUS_RELEASE.version);
	const packed = () => readdirSync(folder).find((file) => file.endsWith('.tgz'));
	if (existsSync(folder) && packed()) return path.join(folder, packed() as string);
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(folder, { recursive: true });
	await run('bash', ['-c', `git -C "${ROOT}" archive ${PREVIOUS_RELEASE.commit} | tar -x -C "${folder}"`]);
	await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: folder });
	await run('npx', ['gulp', 'build:icons'], { cwd: folder });
	await run('npm', ['pack', '--silent', '--ignore-scripts'], { cwd: folder });
	// Only the tarball and the compiled code stay: the release's sources, lint config and type declarations under this
	// project would be linted as its own.
	for (const entry of readdirSync(folder)) {
		if (entry !== 'dist' && !entry.endsWith('.tgz'))
			rmSync(path.join(folder, entry), { recursive: true, force: true });
	}
	await run('find', [path.join(folder, 'dist'), '-name', '*.d.ts', '-delete']);
	return path.join(folder, packed() as string);
}
