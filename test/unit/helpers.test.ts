import type { INode } from 'n8n-workflow';

import { mapInOrder } from '../../nodes/Intercom/actions/pool';
import { toUnixSeconds } from '../../nodes/Intercom/parameters/dates';
import { contactSearch } from '../../nodes/Intercom/search/fields/contacts';
import { buildSearchQuery } from '../../nodes/Intercom/search/compile';
import { updateDisplayOptions } from '../../nodes/Intercom/descriptions/updateDisplayOptions';
import { sendsIdsAsStrings } from '../../nodes/Intercom/transport/connection';

const node = { name: 'Intercom' } as INode;

describe('mapInOrder', () => {
	it('never runs more than the bound at once and returns results in index order', async () => {
		let running = 0;
		let peak = 0;
		const results = await mapInOrder(12, 3, async (index) => {
			running++;
			peak = Math.max(peak, running);
			await new Promise((resolve) => setTimeout(resolve, (12 - index) * 2));
			running--;
			return index * 10;
		});
		expect(results).toEqual(Array.from({ length: 12 }, (_, index) => index * 10));
		expect(peak).toBe(3);
	});

	it('throws the failure of the lowest index and starts nothing after it', async () => {
		const started: number[] = [];
		await expect(
			mapInOrder(10, 2, async (index) => {
				started.push(index);
				await new Promise((resolve) => setTimeout(resolve, index === 3 ? 1 : 5));
				if (index === 3 || index === 4) throw new Error(`item ${index}`);
				return index;
			}),
		).rejects.toThrow('item 3');
		expect(Math.max(...started)).toBeLessThan(6);
	});
});

describe('toUnixSeconds', () => {
	it.each([
		['2024-05-01T10:00:00Z', 1714557600],
		[1714557600, 1714557600],
		[1714557600123, 1714557600],
		['1714557600', 1714557600],
		[new Date('2024-05-01T10:00:00Z'), 1714557600],
	])('reads %p', (value, expected) => {
		expect(toUnixSeconds(value, 'Date', node, 0)).toBe(expected);
	});

	it('names the field of a value that is not a date', () => {
		expect(() => toUnixSeconds('soon', 'Signed Up At', node, 0)).toThrow(
			'"Signed Up At" is not a date: soon',
		);
	});
});

describe('buildSearchQuery', () => {
	it('sends a single condition bare', () => {
		const query = buildSearchQuery(
			[
				{
					combine: 'AND',
					conditions: { condition: [{ field: 'email', operator: 'equals', value: 'a@b.co' }] },
				},
			],
			'AND',
			contactSearch,
			node,
			0,
		);
		expect(query).toEqual({ field: 'email', operator: '=', value: 'a@b.co' });
	});

	it('converts booleans, and custom attributes by the type the workspace gives them', () => {
		const query = buildSearchQuery(
			[
				{
					combine: 'OR',
					conditions: {
						condition: [
							{ field: 'unsubscribed_from_emails', operator: 'equals', value: 'TRUE' },
							{
								field: 'custom_attributes.paid_at',
								operator: 'lessThan',
								value: '2024-01-01T00:00:00Z',
							},
						],
					},
				},
			],
			'AND',
			{
				...contactSearch,
				fields: { ...contactSearch.fields, 'custom_attributes.paid_at': { label: 'Paid at', type: 'date' } },
			},
			node,
			0,
		);
		expect(query).toEqual({
			operator: 'OR',
			value: [
				{ field: 'unsubscribed_from_emails', operator: '=', value: 'true' },
				{ field: 'custom_attributes.paid_at', operator: '<', value: 1704067200 },
			],
		});
	});

	it('refuses an empty filter', () => {
		expect(() => buildSearchQuery([], 'AND', contactSearch, node, 0)).toThrow(
			'"Filter Groups" has no condition',
		);
	});
});

describe('connection settings', () => {
	it('knows from which API version ids travel as strings', () => {
		expect(['2.14', '2.15', '2.16', 'Unstable'].map(sendsIdsAsStrings)).toEqual([false, false, true, true]);
	});
});

describe('updateDisplayOptions', () => {
	it('adds the operation condition and keeps a property’s own', () => {
		const [property] = updateDisplayOptions({ show: { resource: ['contact'], operation: ['create'] } }, [
			{ displayName: 'A', name: 'a', type: 'string', default: '', displayOptions: { show: { mode: ['x'] } } },
		]);
		expect(property.displayOptions).toEqual({
			show: { resource: ['contact'], operation: ['create'], mode: ['x'] },
		});
	});
});
