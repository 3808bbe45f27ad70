import type { INode } from 'n8n-workflow';

import type { ConditionInput, GroupInput } from '../../nodes/Intercom/search/compile';
import { contactSearch } from '../../nodes/Intercom/search/fields/contacts';
import { buildSearchQuery } from '../../nodes/Intercom/search/compile';
import { checkAgainstSpec } from '../fake/openapi';

const node = { name: 'Intercom' } as INode;

/** One condition per kind of field the builder converts differently. */
const CONDITIONS: ConditionInput[] = [
	{ field: 'email', operator: 'equals', value: 'a@example.com' },
	{ field: 'owner_id', operator: 'greaterThan', value: '5' },
	{ field: 'created_at', operator: 'lessThan', value: '2024-01-01T00:00:00Z' },
	{ field: 'unsubscribed_from_emails', operator: 'equals', value: 'true' },
	{ field: 'role', operator: 'in', value: 'user, lead' },
	{ field: 'tag_id', operator: 'notEquals', value: '17' },
	{ field: 'custom_attributes.plan', operator: 'startsWith', value: 'pro' },
];

const conditions = (count: number, offset: number) =>
	Array.from({ length: count }, (_, index) => CONDITIONS[(offset + index) % CONDITIONS.length]);

/** Every tuple of per-group condition counts, for 1 to `maxGroups` groups. */
function countTuples(maxGroups: number, counts: number[]): number[][] {
	const tuples: number[][] = [];
	const extend = (prefix: number[]) => {
		if (prefix.length > 0) tuples.push(prefix);
		if (prefix.length < maxGroups) for (const count of counts) extend([...prefix, count]);
	};
	extend([]);
	return tuples;
}

const isSpecValid = (query: unknown) => {
	checkAgainstSpec('2.14', 'POST', '/contacts/search', {}, { query, pagination: { per_page: 50 } });
	return true;
};

describe('search bodies against Intercom’s 2.14 description', () => {
	const cases = countTuples(3, [0, 1, 2, 15]).flatMap((counts) =>
		(['AND', 'OR'] as const).flatMap((combineGroups) =>
			(['AND', 'OR'] as const).map((firstCombine) => ({ counts, combineGroups, firstCombine })),
		),
	);

	it(`validates every body the builder makes (${cases.length} combinations of groups, conditions and AND/OR)`, () => {
		let built = 0;
		for (const { counts, combineGroups, firstCombine } of cases) {
			const groups: GroupInput[] = counts.map((count, index) => ({
				combine: index % 2 === 0 ? firstCombine : firstCombine === 'AND' ? 'OR' : 'AND',
				conditions: { condition: conditions(count, index) },
			}));
			if (counts.every((count) => count === 0)) {
				expect(() => buildSearchQuery(groups, combineGroups, contactSearch, node, 0)).toThrow(
					'"Filter Groups" has no condition',
				);
				continue;
			}
			const query = buildSearchQuery(groups, combineGroups, contactSearch, node, 0);
			expect({ counts, combineGroups, firstCombine, valid: isSpecValid(query) }).toMatchObject({
				valid: true,
			});
			built++;
		}
		expect(built).toBeGreaterThan(300);
	});

	it('refuses a value list that mixes a bare filter and a group, as Intercom does', () => {
		const single = { field: 'email', operator: '=', value: 'a@example.com' };
		const group = { operator: 'OR', value: [single, { field: 'role', operator: '=', value: 'lead' }] };
		expect(() => isSpecValid({ operator: 'AND', value: [single, group] })).toThrow(
			"Intercom's 2.14 API description",
		);
		expect(isSpecValid({ operator: 'AND', value: [{ operator: 'AND', value: [single] }, group] })).toBe(true);
	});
});
