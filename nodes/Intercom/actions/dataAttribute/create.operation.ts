import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { MAX_ATTRIBUTE_NAME_LENGTH } from '../../parameters/customAttributes';
import { readCollection, readOption, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { listOptionsField, modelField, readListOptions } from './fields';

export const option: OperationOption = {
	name: 'Create',
	action: 'Create a data attribute',
	description: 'Define a custom attribute for contacts or companies',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. plan_tier',
		description: `The attribute's name in the API and in Intercom, at most ${MAX_ATTRIBUTE_NAME_LENGTH} characters`,
	},
	modelField,
	{
		displayName: 'Data Type',
		name: 'dataType',
		type: 'options',
		options: [
			{ name: 'Boolean', value: 'boolean' },
			{ name: 'Date', value: 'date' },
			{ name: 'Date and Time', value: 'datetime' },
			{ name: 'Decimal Number', value: 'float' },
			{ name: 'List', value: 'options', description: 'One of a fixed set of text values' },
			{ name: 'Text', value: 'string' },
			{ name: 'Whole Number', value: 'integer' },
		],
		default: 'string',
		description: 'Intercom cannot change it later',
	},
	{ ...listOptionsField, required: true, displayOptions: { show: { dataType: ['options'] } } },
	optionsCollection([
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'Shown to teammates beside the attribute',
		},
		{
			displayName: 'Messenger Writable',
			name: 'messengerWritable',
			type: 'boolean',
			default: false,
			description: 'Whether the Messenger (your site or app) may set it',
		},
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.DataAttribute> {
	const name = readText(this, itemIndex, 'name', { required: true });
	if (name.length > MAX_ATTRIBUTE_NAME_LENGTH) {
		throw new NodeOperationError(
			this.getNode(),
			`"Name" is ${name.length} characters long; Intercom allows at most ${MAX_ATTRIBUTE_NAME_LENGTH}`,
			{ itemIndex },
		);
	}
	const dataType = readOption<string>(this, itemIndex, 'dataType');
	const options = readCollection<{
		description?: string;
		messengerWritable?: boolean;
	}>(this, itemIndex, 'options');
	return await intercomApiRequest<Intercom.DataAttribute>(this, {
		method: 'POST',
		path: '/data_attributes',
		body: {
			name,
			model: readOption<string>(this, itemIndex, 'model'),
			data_type: dataType,
			...(dataType === 'options'
				? { options: readListOptions(this, itemIndex, readText(this, itemIndex, 'listOptions')) }
				: {}),
			...(options.description ? { description: options.description } : {}),
			...(options.messengerWritable !== undefined ? { messenger_writable: options.messengerWritable } : {}),
		},
		itemIndex,
	});
}
