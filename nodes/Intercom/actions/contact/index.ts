import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../router';
import * as addNote from './addNote.operation';
import * as addTag from './addTag.operation';
import * as archive from './archive.operation';
import * as attachCompany from './attachCompany.operation';
import * as create from './create.operation';
import * as deleteContact from './delete.operation';
import * as detachCompany from './detachCompany.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getCompanies from './getCompanies.operation';
import * as getNotes from './getNotes.operation';
import * as getSegments from './getSegments.operation';
import * as getSubscriptions from './getSubscriptions.operation';
import * as getTags from './getTags.operation';
import * as merge from './merge.operation';
import * as optIn from './optIn.operation';
import * as optOut from './optOut.operation';
import * as removeTag from './removeTag.operation';
import * as search from './search.operation';
import * as unarchive from './unarchive.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';
import type { IntercomType } from '../node.type';

type ContactOperation = Extract<IntercomType, { resource: 'contact' }>['operation'];

export const operations: Record<ContactOperation, Operation & { description: INodeProperties[] }> = {
	addNote,
	addTag,
	archive,
	attachCompany,
	create,
	delete: deleteContact,
	detachCompany,
	get,
	getAll,
	getCompanies,
	getNotes,
	getSegments,
	getSubscriptions,
	getTags,
	merge,
	optIn,
	optOut,
	removeTag,
	search,
	unarchive,
	update,
	upsert,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{ name: 'Add Note', value: 'addNote', action: 'Add a note to a contact' },
			{ name: 'Add Tag', value: 'addTag', action: 'Add a tag to a contact' },
			{ name: 'Archive', value: 'archive', action: 'Archive a contact' },
			{ name: 'Attach Company', value: 'attachCompany', action: 'Attach a contact to a company' },
			{ name: 'Create', value: 'create', action: 'Create a contact' },
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update a contact',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{ name: 'Delete', value: 'delete', action: 'Delete a contact' },
			{ name: 'Detach Company', value: 'detachCompany', action: 'Detach a contact from a company' },
			{ name: 'Get', value: 'get', action: 'Get a contact' },
			{ name: 'Get Companies', value: 'getCompanies', action: 'Get the companies of a contact' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many contacts' },
			{ name: 'Get Notes', value: 'getNotes', action: 'Get the notes of a contact' },
			{ name: 'Get Segments', value: 'getSegments', action: 'Get the segments of a contact' },
			{ name: 'Get Subscriptions', value: 'getSubscriptions', action: 'Get the subscriptions of a contact' },
			{ name: 'Get Tags', value: 'getTags', action: 'Get the tags of a contact' },
			{ name: 'Merge', value: 'merge', action: 'Merge a lead into a user' },
			{ name: 'Opt In', value: 'optIn', action: 'Opt a contact in to a subscription type' },
			{ name: 'Opt Out', value: 'optOut', action: 'Opt a contact out of a subscription type' },
			{ name: 'Remove Tag', value: 'removeTag', action: 'Remove a tag from a contact' },
			{ name: 'Search', value: 'search', action: 'Search contacts' },
			{ name: 'Unarchive', value: 'unarchive', action: 'Unarchive a contact' },
			{ name: 'Update', value: 'update', action: 'Update a contact' },
		],
		default: 'upsert',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
];
