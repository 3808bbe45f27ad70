import { defineResource } from '../operation';
import * as stageDraft from './stageDraft.operation';
import * as removeTag from './removeTag.operation';
import * as publishDraft from './publishDraft.operation';
import * as getVersions from './getVersions.operation';
import * as getVersion from './getVersion.operation';
import * as getDraft from './getDraft.operation';
import * as addTag from './addTag.operation';
import * as create from './create.operation';
import * as deleteArticle from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as search from './search.operation';
import * as update from './update.operation';

export const article = defineResource({
	displayName: 'Article',
	defaultOperation: 'create',
	operations: {
		addTag,
		create,
		delete: deleteArticle,
		get,
		getAll,
		getDraft,
		getVersion,
		getVersions,
		publishDraft,
		removeTag,
		search,
		stageDraft,
		update,
	},
});
