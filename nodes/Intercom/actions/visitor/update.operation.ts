import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { customAttributesField } from '../../descriptions/customAttributes';
import { readCustomAttributes } from '../../parameters/customAttributes';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readVisitorKey, visitorKeyFields } from './visitorKey';
import { readText } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Update',
	action: 'Update a visitor',
	description: "Set a visitor's name or custom attributes",
};

export const description: INodeProperties[] = [
	...visitorKeyFields,
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Leave empty to keep the current name',
	},
	customAttributesField('contact'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Visitor> {
	const key = readVisitorKey(this, itemIndex);
	const name = readText(this, itemIndex, 'name');
	const attributes = readCustomAttributes(this, itemIndex);
	if (!name && !attributes) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update: set "Name" or a custom attribute', {
			itemIndex,
		});
	}
	// Visitors take custom attribute values as text only.
	const customAttributes: IDataObject | undefined = attributes
		? Object.fromEntries(Object.entries(attributes).map(([field, value]) => [field, String(value ?? '')]))
		: undefined;
	return await intercomApiRequest<Intercom.Visitor>(this, {
		method: 'PUT',
		path: '/visitors',
		body: {
			...key,
			...(name ? { name } : {}),
			...(customAttributes ? { custom_attributes: customAttributes } : {}),
		},
		itemIndex,
	});
}
