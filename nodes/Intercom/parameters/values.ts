import type {
	IDataObject,
	INode,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
} from 'n8n-workflow';
import { jsonParse, NodeOperationError } from 'n8n-workflow';

import { toUnixSeconds } from './dates';

/** Where a value was read: its label as the editor shows it ("Additional Fields › Owner"), for error messages. */
export interface ValueSite {
	node: INode;
	itemIndex: number;
	label: string;
}

/** Comma-separated text as its entries: trimmed, empty ones and repeats left out. */
export function commaList(text: string): string[] {
	return [
		...new Set(
			text
				.split(',')
				.map((entry) => entry.trim())
				.filter((entry) => entry !== ''),
		),
	];
}

/** How a value reads in an error message: its type and, for short scalars, the value itself. */
export function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (value === undefined) return 'nothing';
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (value instanceof Date) return 'a date object';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') {
		if (value.trim() === '') return value === '' ? 'empty text' : 'blank text';
		const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
		return `text "${shown.replace(/\p{Cc}/gu, '�')}"`;
	}
	if (typeof value === 'number') return `the number ${value}`;
	if (typeof value === 'boolean') return `the boolean ${value}`;
	return typeof value;
}

/** A NodeOperationError that names the field, the value it got and what it expects. */
export function invalidValue(site: ValueSite, value: unknown, expected: string): NodeOperationError {
	return new NodeOperationError(
		site.node,
		`"${site.label}" expects ${expected}, but got ${describeValue(value)}`,
		{
			itemIndex: site.itemIndex,
			description:
				'Values from expressions are checked before anything is sent to Intercom. Change the value or the expression that gives it.',
		},
	);
}

const isPlainObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** A date object from an expression (JS `Date` or Luxon `DateTime`), as ISO text. */
function dateAsText(value: unknown): string | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
	if (isPlainObject(value) && typeof (value as { toISO?: unknown }).toISO === 'function') {
		return (value as { toISO(): string | null }).toISO() ?? undefined;
	}
	return undefined;
}

/** Text: numbers and booleans become their text; objects and lists are refused rather than sent as "[object Object]". */
export function toText(value: unknown, site: ValueSite): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'boolean') return String(value);
	const date = dateAsText(value);
	if (date !== undefined) return date;
	throw invalidValue(site, value, 'text');
}

function numberBounds(property: INodeProperties): { min?: number; max?: number; whole: boolean } {
	const { minValue, maxValue, numberPrecision } = property.typeOptions ?? {};
	return { min: minValue, max: maxValue, whole: numberPrecision === 0 };
}

function expectedNumber({ min, max, whole }: ReturnType<typeof numberBounds>): string {
	const kind = whole ? 'a whole number' : 'a number';
	if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
	if (min !== undefined) return `${kind} of at least ${min}`;
	if (max !== undefined) return `${kind} of at most ${max}`;
	return kind;
}

/** A number: numeric text becomes a number; anything else, or a number out of the field's range, is refused. */
export function toNumber(value: unknown, site: ValueSite, property?: INodeProperties): number {
	const bounds = property ? numberBounds(property) : { whole: false };
	const number =
		typeof value === 'number'
			? value
			: typeof value === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(value)
				? Number(value)
				: Number.NaN;
	if (
		!Number.isFinite(number) ||
		(bounds.whole && !Number.isInteger(number)) ||
		(bounds.min !== undefined && number < bounds.min) ||
		(bounds.max !== undefined && number > bounds.max)
	) {
		throw invalidValue(site, value, expectedNumber(bounds));
	}
	return number;
}

/** A boolean: true/false, or the text "true"/"false" that expressions often give. */
export function toBoolean(value: unknown, site: ValueSite): boolean {
	if (typeof value === 'boolean') return value;
	if (typeof value === 'string') {
		const text = value.trim().toLowerCase();
		if (text === 'true') return true;
		if (text === 'false') return false;
	}
	throw invalidValue(site, value, 'true or false');
}

/**
 * One of the field's choices. A choice loaded from Intercom (`loadOptionsMethod`) may be any id an expression
 * gives, as text; a fixed list takes only its own values.
 */
function toOption(value: unknown, property: INodeProperties, site: ValueSite): string | number | boolean {
	if (property.typeOptions?.loadOptionsMethod) return toText(value, site);
	const choices = (property.options ?? []) as INodePropertyOptions[];
	const match = choices.find(
		(choice) =>
			choice.value === value ||
			(typeof value === 'string' &&
				typeof choice.value !== 'string' &&
				String(choice.value) === value.trim()),
	);
	if (match) return match.value;
	const listed =
		choices.length > 8
			? `one of its ${choices.length} choices (such as ${choices
					.slice(0, 3)
					.map((choice) => `"${String(choice.value)}"`)
					.join(', ')})`
			: `one of ${choices.map((choice) => `"${String(choice.value)}" (${choice.name})`).join(', ')}`;
	throw invalidValue(site, value, listed);
}

function toMultiOptions(value: unknown, property: INodeProperties, site: ValueSite): unknown[] {
	const entries = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value
					.split(',')
					.map((entry) => entry.trim())
					.filter(Boolean)
			: undefined;
	if (!entries) throw invalidValue(site, value, 'a list of choices');
	return entries.map((entry) => toOption(entry, property, site));
}

/** A JSON field: an object or list as it is, text parsed; anything else refused. */
export function toJson(value: unknown, site: ValueSite): unknown {
	if (isPlainObject(value) || Array.isArray(value)) return value;
	if (typeof value === 'string') {
		if (value.trim() === '') return undefined;
		try {
			return jsonParse(value);
		} catch (error) {
			throw new NodeOperationError(site.node, `"${site.label}" is not valid JSON`, {
				itemIndex: site.itemIndex,
				description: (error as Error).message,
			});
		}
	}
	throw invalidValue(site, value, 'JSON (text or an object)');
}

export interface LocatorValue {
	mode: string;
	value: string;
}

/** A resource locator (`{ __rl, mode, value }`), or plain text as expressions and older workflows give, as an id. */
function toLocator(value: unknown, property: INodeProperties, site: ValueSite): LocatorValue {
	if (isPlainObject(value) && value.__rl === true) {
		const modes = (property.modes ?? []).map((mode) => mode.name);
		const mode = typeof value.mode === 'string' ? value.mode : '';
		if (modes.length > 0 && !modes.includes(mode)) {
			throw invalidValue(site, mode, `a mode among ${modes.join(', ')}`);
		}
		return { mode, value: toText(value.value, site).trim() };
	}
	return { mode: 'id', value: toText(value, site).trim() };
}

/** Text, a number or a boolean as given, for a value whose type the workspace decides (custom attributes). */
export function toScalar(value: unknown, site: ValueSite): string | number | boolean | null {
	if (value === undefined || value === null) return null;
	if (typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	const date = dateAsText(value);
	if (date !== undefined) return date;
	throw invalidValue(site, value, 'text, a number or a boolean');
}

/** Text, a number or a boolean, or a list of them (an "is one of" value from an expression). */
export function toScalarOrList(value: unknown, site: ValueSite): unknown {
	if (!Array.isArray(value)) return toScalar(value, site);
	return value.map((entry, position) => toScalar(entry, { ...site, label: `${site.label} ${position + 1}` }));
}

export interface CoerceOptions {
	/** Members kept as text, number or boolean as given, rather than turned into their field's type. */
	scalarMembers?: readonly string[];
	/** Members that may also hold a list of text, numbers or booleans. */
	listMembers?: readonly string[];
}

function subSite(site: ValueSite, label: string): ValueSite {
	return { ...site, label: `${site.label} › ${label}` };
}

/** A collection's value: a set of fields, none when empty. */
function fieldsOf(value: unknown, site: ValueSite): IDataObject {
	if (value === undefined || value === null || value === '') return {};
	if (!isPlainObject(value)) throw invalidValue(site, value, 'a set of fields');
	return value;
}

/** A collection's members, each checked by its own definition; members no definition knows are left out. */
function toCollection(
	value: unknown,
	property: INodeProperties,
	site: ValueSite,
	options: CoerceOptions,
): IDataObject {
	const members = (property.options ?? []) as INodeProperties[];
	const result: IDataObject = {};
	for (const [name, memberValue] of Object.entries(fieldsOf(value, site))) {
		const member = members.find((candidate) => candidate.name === name);
		if (!member) continue;
		const memberSite = subSite(site, member.displayName);
		result[name] = (
			options.listMembers?.includes(name)
				? toScalarOrList(memberValue, memberSite)
				: options.scalarMembers?.includes(name)
					? toScalar(memberValue, memberSite)
					: coerce(memberValue, member, memberSite, options)
		) as IDataObject[string];
	}
	return result;
}

/** A fixed collection: each group's entries (a list where the field takes several), each member checked. */
function toFixedCollection(
	value: unknown,
	property: INodeProperties,
	site: ValueSite,
	options: CoerceOptions,
): IDataObject {
	const groups = (property.options ?? []) as INodePropertyCollection[];
	const multiple = property.typeOptions?.multipleValues === true;
	const result: IDataObject = {};
	for (const [name, groupValue] of Object.entries(fieldsOf(value, site))) {
		const group = groups.find((candidate) => candidate.name === name);
		if (!group) continue;
		const groupSite = subSite(site, group.displayName);
		const entryOf = (entry: unknown, entrySite: ValueSite) =>
			toCollection(entry, { ...property, type: 'collection', options: group.values }, entrySite, options);
		if (multiple) {
			if (!Array.isArray(groupValue)) throw invalidValue(groupSite, groupValue, 'a list of entries');
			result[name] = groupValue.map((entry, position) =>
				entryOf(entry, { ...groupSite, label: `${groupSite.label} ${position + 1}` }),
			);
		} else {
			result[name] = entryOf(groupValue, groupSite);
		}
	}
	return result;
}

/** A date or time: checked to be one, kept as given (the operation turns it into Unix seconds). */
function toDate(value: unknown, site: ValueSite): unknown {
	if (value === undefined || value === null || value === '') return '';
	if (typeof value === 'boolean' || Array.isArray(value) || (isPlainObject(value) && !dateAsText(value))) {
		throw invalidValue(site, value, 'a date (ISO text such as 2024-05-01T10:00:00Z, or Unix seconds)');
	}
	toUnixSeconds(value, site.label, site.node, site.itemIndex);
	return dateAsText(value) ?? value;
}

/** Checks and converts a value by its field's definition, members of collections included. */
export function coerce(
	value: unknown,
	property: INodeProperties,
	site: ValueSite,
	options: CoerceOptions = {},
): unknown {
	switch (property.type) {
		case 'string':
			return toText(value, site);
		case 'number':
			return toNumber(value, site, property);
		case 'boolean':
			return toBoolean(value, site);
		case 'options':
			return toOption(value, property, site);
		case 'multiOptions':
			return toMultiOptions(value, property, site);
		case 'json':
			return toJson(value, site);
		case 'dateTime':
			return toDate(value, site);
		case 'resourceLocator':
			return toLocator(value, property, site);
		case 'collection':
			return toCollection(value, property, site, options);
		case 'fixedCollection':
			return toFixedCollection(value, property, site, options);
		case 'resourceMapper':
			if (value !== undefined && value !== null && !isPlainObject(value))
				throw invalidValue(site, value, 'a mapping of fields');
			return value;
		default:
			return value;
	}
}
