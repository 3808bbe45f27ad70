import type { IExecuteFunctions } from 'n8n-workflow';

import { intercomApiRequest } from '../transport';

/** An unpaginated list endpoint's items (`/contacts/{id}/tags`, `/companies/{id}/segments`…). */
export async function listItems<T>(
	context: IExecuteFunctions,
	itemIndex: number,
	path: string,
	itemsKey = 'data',
): Promise<T[]> {
	const response = await intercomApiRequest<Record<string, unknown>>(context, {
		method: 'GET',
		path,
		itemIndex,
	});
	const items = response[itemsKey];
	return Array.isArray(items) ? (items as T[]) : [];
}
