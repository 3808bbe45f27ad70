import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { returnAllLimitOrPage, returnAllOrLimit } from '../descriptions/returnAllOrLimit';
import { readIntegerId, readJsonObject, readText } from '../parameters/read';
import { cursorSource, intercomApiRequest, numberedSource } from '../transport';
import { returnList, returnUnpaged } from './list';
import type { ApiVersion, ItemOperation, OperationOption } from './operation';

/**
 * An operation that is one call: a path whose `{field}` parts are read from the operation's fields (digits only
 * where Intercom types the id as an integer), an optional body, and for a list, Return All / Limit. Workspace
 * settings and other small resources are described this way; operations with more logic have files of their own.
 */
export interface EndpointConfig {
	option: OperationOption;
	method: IHttpRequestMethods;
	/** Below the base URL, e.g. `/brands/{brandId}`: each `{name}` is the value of the field `name`. */
	path: string;
	fields?: INodeProperties[];
	/** Path fields Intercom types as integers. */
	integerIds?: string[];
	body?: (context: IExecuteFunctions, itemIndex: number) => IDataObject;
	qs?: (context: IExecuteFunctions, itemIndex: number) => IDataObject;
	/**
	 * A list: its records (under `itemsKey`, default `data`) with Return All / Limit, and Page by Page when Intercom
	 * pages it (by `starting_after` cursor or by page number); without `paging` it is answered whole.
	 */
	list?: { itemsKey?: string; paging?: 'cursor' | 'numbered'; maxPerPage?: number };
	since?: ApiVersion;
	/** Whether a lost answer may be asked again (GET, PUT and DELETE may; a POST only if it creates nothing). */
	retryable?: boolean;
}

export function endpointOperation(config: EndpointConfig): ItemOperation & { since?: ApiVersion } {
	const tokens = [...config.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
	const readPath = (context: IExecuteFunctions, itemIndex: number) =>
		tokens.reduce((path, name) => {
			const value = config.integerIds?.includes(name)
				? readIntegerId(context, itemIndex, name)
				: encodeURIComponent(readText(context, itemIndex, name, { required: true }));
			return path.replace(`{${name}}`, value);
		}, config.path);
	return {
		option: config.option,
		...(config.since ? { since: config.since } : {}),
		description: [
			...(config.fields ?? []),
			...(config.list ? (config.list.paging ? returnAllLimitOrPage : returnAllOrLimit) : []),
		],
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const path = readPath(this, itemIndex);
			const qs = config.qs?.(this, itemIndex);
			const { list } = config;
			if (list?.paging) {
				const spec = { path, itemsKey: list.itemsKey ?? 'data', qs, maxPerPage: list.maxPerPage, itemIndex };
				const source =
					list.paging === 'cursor'
						? cursorSource<IDataObject>(this, spec)
						: numberedSource<IDataObject>(this, spec);
				return await returnList(this, itemIndex, source);
			}
			if (list)
				return await returnUnpaged<IDataObject>(this, itemIndex, { path, itemsKey: list.itemsKey, qs });
			const body = config.body?.(this, itemIndex);
			return await intercomApiRequest<IDataObject>(this, {
				method: config.method,
				path,
				...(qs ? { qs } : {}),
				...(body ? { body } : {}),
				itemIndex,
				...(config.retryable !== undefined ? { retryable: config.retryable } : {}),
			});
		},
	};
}

/** A record picked from a list loaded from Intercom, or given by its ID through an expression. */
export function pickerField(name: string, displayName: string, loadOptionsMethod: string): INodeProperties {
	return {
		displayName: `${displayName} Name or ID`,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod },
		default: '',
		required: true,
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	};
}

/** A text field that names a record by its ID. */
export function idField(name: string, displayName: string, description?: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		required: true,
		...(description ? { description } : {}),
	};
}

/** A JSON field for a setting's definition, read as an object (malformed JSON refused naming the field). */
export function definitionField(name: string, displayName: string, example: object, description: string) {
	const field: INodeProperties = {
		displayName,
		name,
		type: 'json',
		default: JSON.stringify(example, null, 2),
		required: true,
		description,
	};
	return field;
}

/**
 * The body read from a Definition (JSON) field: a JSON object holding the keys Intercom requires (and, for a key with
 * a fixed set of values, one of them), refused naming the field and the key before any call.
 */
export function definitionBody(required: string[], choices: Record<string, string[]> = {}) {
	const label = 'Definition (JSON)';
	return (context: IExecuteFunctions, itemIndex: number): IDataObject => {
		const definition = readJsonObject(context, itemIndex, 'definition');
		const refuse = (message: string) => new NodeOperationError(context.getNode(), message, { itemIndex });
		for (const key of required) {
			const value = definition[key];
			if (value === undefined || value === null || value === '') {
				throw refuse(`"${label}" has no "${key}", which Intercom requires`);
			}
		}
		for (const [key, allowed] of Object.entries(choices)) {
			if (definition[key] !== undefined && !allowed.includes(String(definition[key]))) {
				throw refuse(
					`"${label}" has "${key}": ${JSON.stringify(definition[key])}; Intercom takes ${allowed.join(', ')}`,
				);
			}
		}
		return definition;
	};
}
