import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');

interface Manifest {
	repository: { url: string };
	n8n: { nodes: string[]; credentials: string[] };
}
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

/** What `npm pack` (and n8n's installer, which packs) would publish, from the last `npm run build`. */
function packedFiles(): string[] {
	if (!existsSync(path.join(ROOT, 'dist'))) throw new Error('no dist/: run `npm run build` first (npm test does)');
	const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
		cwd: ROOT,
		encoding: 'utf8',
	});
	const [pack] = JSON.parse(output) as Array<{ files: Array<{ path: string }> }>;
	return pack.files.map((file) => file.path).sort();
}

describe('the published package', () => {
	const files = packedFiles();

	it('holds what n8n loads and nothing else: compiled code, icons, codex files, README, licence, manifest', () => {
		const unexpected = files.filter(
			(file) =>
				!['package.json', 'README.md', 'LICENSE.md'].includes(file) &&
				!/^dist\/(nodes|credentials)\/.+\.(js|svg|node\.json)$/.test(file),
		);
		expect(unexpected).toEqual([]);
		expect(files.filter((file) => /\.(map|ts)$|(^|\/)test\/|screenshots|\.png$/.test(file))).toEqual([]);
	});

	it("holds every node and credential package.json names, each with its icons and the nodes' codex files", () => {
		for (const entry of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) {
			expect(files).toContain(entry);
			const folder = path.dirname(entry);
			expect(files).toEqual(expect.arrayContaining([`${folder}/intercom.svg`, `${folder}/intercom.dark.svg`]));
		}
		for (const node of manifest.n8n.nodes) expect(files).toContain(node.replace(/\.js$/, '.json'));
	});

	it("shows the README's images on the npm package page too: absolute links to the repository's files", () => {
		const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
		const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)|<img[^>]+src="([^"]+)"/g)].map(
			(match) => match[1] ?? match[2],
		);
		expect(images.length).toBeGreaterThan(10);
		const repository = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
		const raw = repository.replace('https://github.com/', 'https://raw.githubusercontent.com/') + '/main/';
		for (const image of images) {
			expect(image.startsWith(raw)).toBe(true);
			// The file is in the repository at that path.
			expect(existsSync(path.join(ROOT, image.slice(raw.length)))).toBe(true);
		}
	});
});
