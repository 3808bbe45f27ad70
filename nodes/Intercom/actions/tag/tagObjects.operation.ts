import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readOption, readText, readTextList } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Tag or Untag Many',
	action: 'Tag or untag many contacts or companies',
	description: 'Apply a tag by name to many contacts or companies in one call, or remove it from companies',
};

/** Records one call may name; Intercom documents no limit, so one item stays a modest call. */
const MAX_RECORDS = 500;

export const description: INodeProperties[] = [
	{
		displayName: 'Tag Name',
		name: 'tagName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. VIP',
		description: 'Intercom creates the tag when no tag has this name',
	},
	{
		displayName: 'Records',
		name: 'recordType',
		type: 'options',
		options: [
			{ name: 'Contacts', value: 'contacts' },
			{ name: 'Companies', value: 'companies' },
		],
		default: 'contacts',
	},
	{
		displayName: 'Action',
		name: 'action',
		type: 'options',
		options: [
			{ name: 'Tag', value: 'tag' },
			{ name: 'Untag', value: 'untag' },
		],
		default: 'tag',
		displayOptions: { show: { recordType: ['companies'] } },
		description: "Intercom's bulk call can only tag contacts: untag one contact with Contact Tag › Remove",
	},
	{
		displayName: 'Identify Companies By',
		name: 'companyKey',
		type: 'options',
		options: [
			{ name: 'Intercom ID', value: 'id' },
			{ name: 'Company ID (Yours)', value: 'company_id' },
		],
		default: 'id',
		displayOptions: { show: { recordType: ['companies'] } },
	},
	{
		displayName: 'IDs',
		name: 'ids',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 6762f0d51bb69f9f2193bb7f, 6762f0d51bb69f9f2193bb80',
		description: `Up to ${MAX_RECORDS}, separated by commas, or a list given by an expression`,
	},
];

function readIds(context: IExecuteFunctions, itemIndex: number): string[] {
	const ids = readTextList(context, itemIndex, 'ids');
	const fail = (message: string) => new NodeOperationError(context.getNode(), message, { itemIndex });
	if (ids.length === 0) throw fail('"IDs" is empty');
	if (ids.length > MAX_RECORDS)
		throw fail(`"IDs" lists ${ids.length} records; one item takes at most ${MAX_RECORDS}`);
	return ids;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const name = readText(this, itemIndex, 'tagName', { required: true });
	const ids = readIds(this, itemIndex);
	const recordType = readOption<'contacts' | 'companies'>(this, itemIndex, 'recordType');
	let body: IDataObject;
	if (recordType === 'contacts') {
		body = { name, users: ids.map((id) => ({ id })) };
	} else {
		const key = readOption<'id' | 'company_id'>(this, itemIndex, 'companyKey');
		const untag = readOption<'tag' | 'untag'>(this, itemIndex, 'action') === 'untag';
		body = { name, companies: ids.map((id) => ({ [key]: id, ...(untag ? { untag: true } : {}) })) };
	}
	return await intercomApiRequest<IDataObject>(this, {
		method: 'POST',
		path: '/tags',
		body,
		itemIndex,
		// Tagging sets a state: sending it again leaves the same tags.
		retryable: true,
	});
}
