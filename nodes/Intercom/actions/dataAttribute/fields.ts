import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { readIntegerId } from '../../parameters/read';

export const modelField: INodeProperties = {
	displayName: 'Model',
	name: 'model',
	type: 'options',
	options: [
		{ name: 'Contact', value: 'contact' },
		{ name: 'Company', value: 'company' },
	],
	default: 'contact',
	description: 'Which records the attribute belongs to',
};

export const attributeField: INodeProperties = {
	displayName: 'Attribute Name or ID',
	name: 'attributeId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCustomDataAttributes', loadOptionsDependsOn: ['model'] },
	default: '',
	required: true,
	description:
		'A custom attribute of the model. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const listOptionsField: INodeProperties = {
	displayName: 'List Options',
	name: 'listOptions',
	type: 'string',
	default: '',
	placeholder: 'e.g. bronze, silver, gold',
	description: 'The values a list attribute offers, separated by commas; at least two',
};

/** The values of a list attribute as Intercom takes them, at least two. */
export function readListOptions(
	context: IExecuteFunctions,
	itemIndex: number,
	raw: unknown,
): Array<{ value: string }> {
	const values = [
		...new Set(
			String(raw ?? '')
				.split(',')
				.map((value) => value.trim())
				.filter((value) => value !== ''),
		),
	];
	if (values.length < 2) {
		throw new NodeOperationError(
			context.getNode(),
			'"List Options" needs at least two values, separated by commas',
			{
				itemIndex,
			},
		);
	}
	return values.map((value) => ({ value }));
}

/** A custom attribute's id: digits (Intercom's standard attributes have none and cannot be changed). */
export function readAttributeId(context: IExecuteFunctions, itemIndex: number): string {
	return readIntegerId(context, itemIndex, 'attributeId');
}
