import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readIntegerId, readText } from './read';

/** A note's body: its text and, when one is chosen, its author (Intercom credits the token's admin otherwise). */
export function readNote(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const body = readText(context, itemIndex, 'body', { required: true });
	const adminId = readIntegerId(context, itemIndex, 'adminId', { optional: true });
	return { body, ...(adminId ? { admin_id: adminId } : {}) };
}
