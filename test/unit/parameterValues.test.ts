import type { INode, INodeProperties } from 'n8n-workflow';

import { coerce } from '../../nodes/Intercom/parameters/values';

const site = { node: { name: 'Intercom' } as INode, itemIndex: 0, label: 'Field' };
const field = (definition: Partial<INodeProperties>): INodeProperties =>
	({ displayName: 'Field', name: 'field', default: '', type: 'string', ...definition }) as INodeProperties;

describe('Values checked by their field definition', () => {
	it.each([
		['text from a number', field({}), 42, '42'],
		['text from a boolean', field({}), false, 'false'],
		['text from a date', field({}), new Date('2024-05-01T10:00:00Z'), '2024-05-01T10:00:00.000Z'],
		['a number from numeric text', field({ type: 'number' }), ' 25 ', 25],
		['a boolean from "TRUE"', field({ type: 'boolean' }), 'TRUE', true],
		['a numeric choice from text', field({ type: 'options', options: [{ name: 'One', value: 1 }] }), '1', 1],
		[
			'a loaded choice as text',
			field({ type: 'options', typeOptions: { loadOptionsMethod: 'x' } }),
			991,
			'991',
		],
		['JSON text parsed', field({ type: 'json' }), '{"a":1}', { a: 1 }],
		[
			'a locator from plain text',
			field({ type: 'resourceLocator', modes: [] }),
			' 12 ',
			{ mode: 'id', value: '12' },
		],
	])('converts %s', (_name, definition, value, expected) => {
		expect(coerce(value, definition, site)).toEqual(expected);
	});

	it.each([
		['an object as text', field({}), { a: 1 }, '"Field" expects text, but got an object'],
		['a list as text', field({}), ['a'], '"Field" expects text, but got a list of 1'],
		['text as a number', field({ type: 'number' }), 'ten', '"Field" expects a number, but got text "ten"'],
		[
			'a fraction as a whole number',
			field({ type: 'number', typeOptions: { minValue: 1, numberPrecision: 0 } }),
			2.5,
			'"Field" expects a whole number of at least 1, but got the number 2.5',
		],
		[
			'a number out of range',
			field({ type: 'number', typeOptions: { minValue: 1, maxValue: 50 } }),
			0,
			'"Field" expects a number from 1 to 50, but got the number 0',
		],
		[
			'"yes" as a boolean',
			field({ type: 'boolean' }),
			'yes',
			'"Field" expects true or false, but got text "yes"',
		],
		[
			'a choice outside the list',
			field({ type: 'options', options: [{ name: 'User', value: 'user' }] }),
			'admin',
			'"Field" expects one of "user" (User), but got text "admin"',
		],
		['malformed JSON', field({ type: 'json' }), '{"a":', '"Field" is not valid JSON'],
		[
			'a collection that is text',
			field({ type: 'collection', options: [] }),
			'x',
			'"Field" expects a set of fields, but got text "x"',
		],
		[
			'a collection member of the wrong type',
			field({ type: 'collection', options: [field({ displayName: 'Size', name: 'size', type: 'number' })] }),
			{ size: 'big' },
			'"Field › Size" expects a number, but got text "big"',
		],
		[
			'a date that is not one',
			field({ type: 'dateTime' }),
			'yesterday-ish',
			'"Field" is not a date: yesterday-ish',
		],
	])('refuses %s, naming the field', (_name, definition, value, message) => {
		expect(() => coerce(value, definition, site)).toThrow(message);
	});
});
