import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get a note',
	description: 'Get a note on a contact or company by ID',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Note ID',
		name: 'noteId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 17495962',
		description: 'Contact Note › Get Many lists the notes of a contact with their IDs',
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Note> {
	const noteId = readIntegerId(this, itemIndex, 'noteId');
	if (!/^\d+$/.test(noteId)) {
		throw new NodeOperationError(this.getNode(), `"Note ID" must be a number, not "${noteId}"`, {
			itemIndex,
		});
	}
	return await intercomApiRequest<Intercom.Note>(this, {
		method: 'GET',
		path: `/notes/${noteId}`,
		itemIndex,
	});
}
