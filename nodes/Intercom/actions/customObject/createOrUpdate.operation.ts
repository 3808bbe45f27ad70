import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { customAttributesField } from '../../descriptions/customAttributes';
import { readCustomAttributes } from '../../parameters/customAttributes';
import { toUnixSeconds } from '../../parameters/dates';
import { readCollection, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { objectTypeField } from './fields';

export const option: OperationOption = {
	name: 'Create or Update',
	action: 'Create or update a custom object instance',
	description: 'Create an instance (an order, a subscription…) or update the one with the same external ID',
};

export const description: INodeProperties[] = [
	objectTypeField,
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. order-1042',
		description: 'Your own ID for the instance: the one with this ID is updated, or a new one created',
	},
	customAttributesField('custom object'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'External Created At',
				name: 'externalCreatedAt',
				type: 'dateTime',
				default: '',
				description: 'When your system created it (sent as Unix seconds)',
			},
			{
				displayName: 'External Updated At',
				name: 'externalUpdatedAt',
				type: 'dateTime',
				default: '',
				description: 'When your system last changed it (sent as Unix seconds)',
			},
		],
	},
];

/** Intercom's description types every custom object attribute value as text. */
function textValues(attributes: IDataObject | undefined): IDataObject | undefined {
	if (!attributes) return undefined;
	return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, String(value)]));
}

/**
 * Keyed on the external ID, so sending it again leaves one instance: a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/custom-object-instances/createcustomobjectinstances
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.CustomObjectInstance> {
	const objectType = readText(this, itemIndex, 'objectType', { required: true });
	const externalId = readText(this, itemIndex, 'externalId', { required: true });
	const attributes = textValues(readCustomAttributes(this, itemIndex, { clearable: false }));
	const { externalCreatedAt, externalUpdatedAt } = readCollection<{
		externalCreatedAt: string;
		externalUpdatedAt: string;
	}>(this, itemIndex, 'additionalFields');
	const node = this.getNode();
	return await intercomApiRequest<Intercom.CustomObjectInstance>(this, {
		method: 'POST',
		path: `/custom_object_instances/${encodeURIComponent(objectType)}`,
		body: {
			external_id: externalId,
			...(externalCreatedAt
				? { external_created_at: toUnixSeconds(externalCreatedAt, 'External Created At', node, itemIndex) }
				: {}),
			...(externalUpdatedAt
				? { external_updated_at: toUnixSeconds(externalUpdatedAt, 'External Updated At', node, itemIndex) }
				: {}),
			...(attributes ? { custom_attributes: attributes } : {}),
		},
		itemIndex,
		retryable: true,
	});
}
