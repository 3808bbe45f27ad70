import { defineResource } from '../operation';
import * as addTag from './addTag.operation';
import * as deleteCompany from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getContacts from './getContacts.operation';
import * as getSegments from './getSegments.operation';
import * as removeTag from './removeTag.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const company = defineResource({
	displayName: 'Company',
	defaultOperation: 'upsert',
	operations: {
		addTag,
		delete: deleteCompany,
		get,
		getAll,
		getContacts,
		getSegments,
		removeTag,
		update,
		upsert,
	},
});
