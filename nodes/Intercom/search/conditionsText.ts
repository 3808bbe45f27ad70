import type { GroupInput } from './compile';
import { OPERATOR_LIST, operatorNamed } from './operators';

/** A line cut at AND / OR words outside double quotes: its conditions and the words that joined them. */
function splitLine(line: string): { parts: string[]; joiners: string[] } {
	const parts: string[] = [];
	const joiners: string[] = [];
	let current = '';
	let quoted = false;
	const words = line.split(/(\s+)/);
	for (const word of words) {
		if ((word === 'AND' || word === 'OR') && !quoted) {
			parts.push(current.trim());
			joiners.push(word);
			current = '';
			continue;
		}
		for (const character of word) if (character === '"') quoted = !quoted;
		current += word;
	}
	parts.push(current.trim());
	return { parts, joiners };
}

const unquote = (value: string) =>
	value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;

/**
 * Conditions (Text): one group a line, its conditions joined by AND or by OR, each `field operator value`, e.g.
 * `email endsWith @acme.com AND created_at greaterThan 2024-01-01`. A value holding the word AND or OR goes in double
 * quotes. `fail` makes the error, naming the line.
 */
export function parseConditionsText(text: string, fail: (message: string) => Error): GroupInput[] {
	const lines = text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '');
	return lines.map((line, lineIndex) => {
		const where = `"Conditions" line ${lineIndex + 1}`;
		const { parts, joiners } = splitLine(line);
		if (new Set(joiners).size > 1) {
			throw fail(`${where} mixes AND and OR: put the conditions joined by OR on a line of their own`);
		}
		const condition = parts.map((part, partIndex) => {
			const match = /^(\S+)\s+(\S+)(?:\s+(.*))?$/.exec(part);
			if (!match) {
				throw fail(
					`${where}, condition ${partIndex + 1}: write "field operator value", e.g. email endsWith @acme.com; got "${part}"`,
				);
			}
			const [, field, typed, value = ''] = match;
			const operator = operatorNamed(typed);
			if (!operator) {
				throw fail(`${where}, condition ${partIndex + 1}: "${typed}" is not one of ${OPERATOR_LIST}`);
			}
			return { field, operator, value: unquote(value.trim()) };
		});
		return { combine: (joiners[0] ?? 'AND') as 'AND' | 'OR', conditions: { condition } };
	});
}
