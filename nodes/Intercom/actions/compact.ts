import type { IDataObject } from 'n8n-workflow';

type Json = IDataObject[string];

function isEmpty(value: Json): boolean {
	if (value === null || value === undefined || value === '') return true;
	if (Array.isArray(value)) return value.length === 0;
	return typeof value === 'object' && Object.keys(value).length === 0;
}

/**
 * What a language model reads of an Intercom object: the same object without nulls, empty strings and empty lists or
 * objects, and without the `type: 'list'` wrappers Intercom puts around nested lists (`{ type, data: [], url,
 * total_count: 0, has_more: false }` becomes nothing; with data, the list itself). A contact shrinks to about a third.
 */
export function compact(value: Json): Json {
	if (Array.isArray(value)) return value.map(compact).filter((entry) => !isEmpty(entry)) as Json;
	if (typeof value !== 'object' || value === null) return value;
	const object = value as IDataObject;
	const listKey = ['data', 'tags', 'companies', 'contacts', 'conversation_parts'].find((key) =>
		Array.isArray(object[key]),
	);
	if (listKey && typeof object.type === 'string' && /(^|\.)list$/.test(object.type)) {
		return compact(object[listKey]);
	}
	const entries = Object.entries(object)
		.map(([key, entry]) => [key, compact(entry)] as const)
		.filter(([, entry]) => !isEmpty(entry));
	return Object.fromEntries(entries);
}

/** Whether the node runs as an AI agent's tool: n8n gives the tool variant the node's type name plus "Tool". */
export const runsAsTool = (nodeType: string) => nodeType.endsWith('Tool');
