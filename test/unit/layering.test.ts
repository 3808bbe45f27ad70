import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const actions = resolve(__dirname, '../../nodes/Intercom/actions');

function filesUnder(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
	);
}

function importsOf(file: string): string[] {
	return [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]);
}

describe('layering', () => {
	it('no resource folder imports another resource folder', () => {
		const crossings: string[] = [];
		for (const file of filesUnder(actions)) {
			const [resource, ...rest] = relative(actions, file).split(sep);
			if (rest.length === 0) continue;
			for (const path of importsOf(file).filter((spec) => spec.startsWith('.'))) {
				const target = relative(actions, resolve(file, '..', path)).split(sep);
				if (target.length > 1 && !target[0].startsWith('..') && target[0] !== resource) {
					crossings.push(`${relative(actions, file)} imports ${path}`);
				}
			}
		}
		expect(crossings).toEqual([]);
	});
});
