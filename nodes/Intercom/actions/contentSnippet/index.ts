import { defineResource } from '../operation';
import * as addTag from './addTag.operation';
import * as create from './create.operation';
import * as deleteSnippet from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as removeTag from './removeTag.operation';
import * as update from './update.operation';

export const contentSnippet = defineResource({
	displayName: 'Content Snippet',
	defaultOperation: 'create',
	operations: { addTag, create, delete: deleteSnippet, get, getAll, removeTag, update },
});
