import type { IDataObject, IExecuteFunctions, INodeProperties, NodeParameterValueType } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { findDefinition } from './definitions';
import type { CoerceOptions, LocatorValue, ValueSite } from './values';
import { coerce, invalidValue, toJson, toText } from './values';

/**
 * The only place that calls `getNodeParameter` for the Intercom node's operations: each reader fetches the value
 * (expressions resolved for the item), checks it against the field's definition, converts what can be converted
 * (numeric text to a number, "true" to a boolean) and refuses the rest with an error naming the field — before any
 * call to Intercom.
 */
function read(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
	expectedTypes: Array<INodeProperties['type']>,
	options: CoerceOptions = {},
): { value: unknown; site: ValueSite; definition: INodeProperties } {
	const definition = findDefinition(context, name);
	if (!expectedTypes.includes(definition.type)) {
		throw new Error(`"${name}" is a ${definition.type} field, read as ${expectedTypes.join(' or ')}`);
	}
	const site = { node: context.getNode(), itemIndex, label: definition.displayName };
	const raw = context.getNodeParameter(name, itemIndex, definition.default as NodeParameterValueType);
	return { value: coerce(raw, definition, site, options), site, definition };
}

export interface TextOptions {
	/** Refuse empty (or blank) text, naming the field. */
	required?: boolean;
	/** Keep leading and trailing spaces (message bodies); names and ids are trimmed. */
	keepSpaces?: boolean;
}

/** A text field, or a choice loaded from Intercom, as text. */
export function readText(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
	{ required = false, keepSpaces = false }: TextOptions = {},
): string {
	const { value, site } = read(context, itemIndex, name, ['string', 'options', 'dateTime']);
	const text = toText(value, site);
	if (required && text.trim() === '') {
		throw new NodeOperationError(site.node, `"${site.label}" is empty`, { itemIndex });
	}
	return keepSpaces ? text : text.trim();
}

export function readNumber(context: IExecuteFunctions, itemIndex: number, name: string): number {
	return read(context, itemIndex, name, ['number']).value as number;
}

export function readBoolean(context: IExecuteFunctions, itemIndex: number, name: string): boolean {
	return read(context, itemIndex, name, ['boolean']).value as boolean;
}

/** One of a fixed list's values, typed by the caller's union of them (checked against the list). */
export function readOption<T extends string | number | boolean>(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
): T {
	return read(context, itemIndex, name, ['options']).value as T;
}

/**
 * A collection or fixed collection: every member checked by its own definition (text is text, numbers are numbers,
 * choices are among the choices), members the definition does not know left out. `T` names the members the
 * operation uses; their types follow the definitions.
 */
export function readCollection<T extends object = IDataObject>(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
	options: CoerceOptions = {},
): Partial<T> {
	return read(context, itemIndex, name, ['collection', 'fixedCollection'], options).value as Partial<T>;
}

/** A multiple choice with a fixed list: each value given (expressions included) checked to be one of the list's. */
export function readChoices(context: IExecuteFunctions, itemIndex: number, name: string): string[] {
	const values = readTextList(context, itemIndex, name);
	const definition = findDefinition(context, name);
	const allowed = ((definition.options ?? []) as Array<{ value?: unknown }>).map((option) =>
		String(option.value),
	);
	const site = { node: context.getNode(), itemIndex, label: definition.displayName };
	for (const value of values) {
		if (!allowed.includes(value)) throw invalidValue(site, value, `one of ${allowed.join(', ')}`);
	}
	return values;
}

/** The fields an update changes (a collection), refused when none is given: there would be nothing to send. */
export function readChanges<T extends object = IDataObject>(
	context: IExecuteFunctions,
	itemIndex: number,
	name = 'updateFields',
): Partial<T> {
	const { value, site } = read(context, itemIndex, name, ['collection']);
	if (Object.keys(value as object).length === 0) {
		throw new NodeOperationError(site.node, `"${site.label}" is empty: add a field to change`, { itemIndex });
	}
	return value as Partial<T>;
}

/** A JSON field (or a text field holding JSON), parsed; undefined when empty. */
export function readJson(context: IExecuteFunctions, itemIndex: number, name: string): unknown {
	const { value, site, definition } = read(context, itemIndex, name, ['json', 'string']);
	return definition.type === 'json' ? value : toJson(value, site);
}

/** A JSON field that must hold an object (a setting's definition): anything else refused, naming the field. */
export function readJsonObject(context: IExecuteFunctions, itemIndex: number, name: string): IDataObject {
	const { value, site } = read(context, itemIndex, name, ['json', 'string']);
	const parsed = toJson(value, site);
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw invalidValue(site, parsed, 'a JSON object');
	}
	return parsed as IDataObject;
}

/** A date field, as given (checked to be a date); '' when empty. */
export function readDate(context: IExecuteFunctions, itemIndex: number, name: string): unknown {
	return read(context, itemIndex, name, ['dateTime']).value;
}

/** A resource locator's mode and value (trimmed), refused when the value is empty. */
export function readLocator(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
	hint: string,
): LocatorValue {
	const { value, site } = read(context, itemIndex, name, ['resourceLocator']);
	const locator = value as LocatorValue;
	if (locator.value === '') {
		throw new NodeOperationError(site.node, `"${site.label}" is empty: ${hint}`, { itemIndex });
	}
	return locator;
}

/** A resource mapper's value, which n8n itself checks against the columns it was given. */
export function readMapper<T extends object>(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
): T | undefined {
	return read(context, itemIndex, name, ['resourceMapper']).value as T | undefined;
}

/**
 * An id that Intercom's description types as an integer (admins, teams, tags, articles, collections, help centers,
 * notes, data attributes…): digits only, so that no list, object or text ever ends up in a path or body.
 */
export function integerId(value: unknown, site: ValueSite): string {
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
	if (text === undefined || !/^\d{1,19}$/.test(text)) {
		throw invalidValue(site, value, 'an Intercom ID made of digits');
	}
	return text;
}

/** A field holding an integer id: required unless `optional`; '' when optional and empty. */
export function readIntegerId(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
	{ optional = false }: { optional?: boolean } = {},
): string {
	const { value, site } = read(context, itemIndex, name, ['string', 'options', 'number']);
	if (optional && (value === '' || value === undefined || value === null)) return '';
	if (value === '') throw new NodeOperationError(site.node, `"${site.label}" is empty`, { itemIndex });
	return integerId(value, site);
}

/** Where a member of a collection was read, for the checks an operation makes on it. */
export function memberSite(
	context: IExecuteFunctions,
	itemIndex: number,
	collection: string,
	member: string,
): ValueSite {
	const parent = findDefinition(context, collection);
	const child = ((parent.options ?? []) as INodeProperties[]).find((option) => option.name === member);
	return {
		node: context.getNode(),
		itemIndex,
		label: `${parent.displayName} › ${child?.displayName ?? member}`,
	};
}

/** A field's site, for the checks an operation makes on its value. */
export function fieldSite(context: IExecuteFunctions, itemIndex: number, name: string): ValueSite {
	return { node: context.getNode(), itemIndex, label: findDefinition(context, name).displayName };
}

/** The resource and operation the node runs, set in the editor (never by an expression: `noDataExpression`). */
export function readResourceAndOperation(context: IExecuteFunctions): {
	resource: string;
	operation: string;
} {
	return {
		resource: String(context.getNodeParameter('resource', 0)),
		operation: String(context.getNodeParameter('operation', 0)),
	};
}

/** A list of ids or names: a list from an expression, or text separated by commas; blanks and repeats left out. */
export function readTextList(context: IExecuteFunctions, itemIndex: number, name: string): string[] {
	const definition = findDefinition(context, name);
	const site = { node: context.getNode(), itemIndex, label: definition.displayName };
	const raw = context.getNodeParameter(name, itemIndex, definition.default as NodeParameterValueType);
	const entries = Array.isArray(raw)
		? raw.map((entry, position) => toText(entry, { ...site, label: `${site.label} ${position + 1}` }))
		: toText(raw, site).split(',');
	return [...new Set(entries.map((entry) => entry.trim()).filter((entry) => entry !== ''))];
}
