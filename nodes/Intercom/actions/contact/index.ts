import { defineResource } from '../operation';
import * as getMergeHistory from './getMergeHistory.operation';
import * as archive from './archive.operation';
import * as block from './block.operation';
import * as create from './create.operation';
import * as dismissBanner from './dismissBanner.operation';
import * as deleteContact from './delete.operation';
import * as find from './find.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getBanners from './getBanners.operation';
import * as merge from './merge.operation';
import * as search from './search.operation';
import * as unarchive from './unarchive.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const contact = defineResource({
	displayName: 'Contact',
	defaultOperation: 'upsert',
	operations: {
		archive,
		block,
		create,
		delete: deleteContact,
		dismissBanner,
		find,
		get,
		getAll,
		getBanners,
		getMergeHistory,
		merge,
		search,
		unarchive,
		update,
		upsert,
	},
});
