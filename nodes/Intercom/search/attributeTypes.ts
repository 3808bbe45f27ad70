import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions } from 'n8n-workflow';

import { intercomApiRequest } from '../transport';
import type { FieldType, SearchField } from './catalogue';

export const CUSTOM_ATTRIBUTE_PREFIX = 'custom_attributes.';

/** Intercom's data types as the search compares them: a float takes the operators of a number. */
const SEARCH_TYPES: Record<string, FieldType> = {
	string: 'string',
	integer: 'integer',
	float: 'integer',
	boolean: 'boolean',
	date: 'date',
};

const byExecution = new WeakMap<object, Map<string, Promise<Record<string, SearchField>>>>();

/**
 * The workspace's custom attributes of a model as search fields (`custom_attributes.plan` → text), from
 * `GET /data_attributes`, read once per execution.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/data-attributes/lsitdataattributes
 */
export async function customAttributeFields(
	context: IExecuteFunctions,
	model: 'contact' | 'company' | 'conversation',
): Promise<Record<string, SearchField>> {
	const cache = byExecution.get(context) ?? new Map<string, Promise<Record<string, SearchField>>>();
	byExecution.set(context, cache);
	let fields = cache.get(model);
	if (!fields) {
		fields = intercomApiRequest<Intercom.DataAttributeList>(context, {
			method: 'GET',
			path: '/data_attributes',
			qs: { model },
		}).then(({ data = [] }) =>
			Object.fromEntries(
				data
					.filter((attribute) => attribute.custom)
					.map((attribute) => [
						`${CUSTOM_ATTRIBUTE_PREFIX}${attribute.name}`,
						{ label: attribute.label ?? attribute.name, type: SEARCH_TYPES[attribute.data_type] ?? 'string' },
					]),
			),
		);
		cache.set(model, fields);
	}
	return await fields;
}
