import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { attributeField, listOptionsField, modelField, readAttributeId, readListOptions } from './fields';
import { readCollection } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Update',
	action: 'Update a data attribute',
	description: "Change a custom attribute's description, list options or Messenger access, or archive it",
};

export const description: INodeProperties[] = [
	modelField,
	attributeField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Archived',
				name: 'archived',
				type: 'boolean',
				default: false,
				description: 'Whether the attribute is archived (hidden, kept with its values) or in use',
			},
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
			},
			{ ...listOptionsField, description: 'For a list attribute: all its values, separated by commas' },
			{
				displayName: 'Messenger Writable',
				name: 'messengerWritable',
				type: 'boolean',
				default: false,
				description: 'Whether the Messenger (your site or app) may set it',
			},
		],
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.DataAttribute> {
	const id = readAttributeId(this, itemIndex);
	const fields = readCollection<{
		archived?: boolean;
		description?: string;
		listOptions?: string;
		messengerWritable?: boolean;
	}>(this, itemIndex, 'updateFields');
	const body: IDataObject = {
		...(fields.archived !== undefined ? { archived: fields.archived } : {}),
		...(fields.description !== undefined ? { description: fields.description } : {}),
		...(fields.messengerWritable !== undefined ? { messenger_writable: fields.messengerWritable } : {}),
	};
	if (fields.listOptions !== undefined) body.options = readListOptions(this, itemIndex, fields.listOptions);
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update: add a field under "Update Fields"', {
			itemIndex,
		});
	}
	return await intercomApiRequest<Intercom.DataAttribute>(this, {
		method: 'PUT',
		path: `/data_attributes/${id}`,
		body,
		itemIndex,
	});
}
