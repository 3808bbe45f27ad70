import { defineResource } from '../operation';
import * as removeTag from './removeTag.operation';
import * as addTag from './addTag.operation';
import * as create from './create.operation';
import * as deleteArticle from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as search from './search.operation';
import * as update from './update.operation';

export const internalArticle = defineResource({
	displayName: 'Internal Article',
	defaultOperation: 'create',
	operations: { addTag, create, delete: deleteArticle, get, getAll, removeTag, search, update },
});
