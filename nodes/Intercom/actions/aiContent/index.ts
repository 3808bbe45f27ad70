import { defineResource } from '../operation';
import * as bulkAction from './bulkAction.operation';
import * as createOrUpdatePage from './createOrUpdatePage.operation';
import * as createSource from './createSource.operation';
import * as deletePage from './deletePage.operation';
import * as deleteSource from './deleteSource.operation';
import * as getManyPages from './getManyPages.operation';
import * as getManySources from './getManySources.operation';
import * as getPage from './getPage.operation';
import * as getSource from './getSource.operation';
import * as searchContent from './searchContent.operation';
import * as updatePage from './updatePage.operation';
import * as updateSource from './updateSource.operation';

export const aiContent = defineResource({
	displayName: 'AI Content',
	defaultOperation: 'createOrUpdatePage',
	operations: {
		bulkAction,
		createOrUpdatePage,
		createSource,
		deletePage,
		deleteSource,
		getManyPages,
		getManySources,
		getPage,
		getSource,
		searchContent,
		updatePage,
		updateSource,
	},
});
