import { defineResource } from '../operation';
import * as createItem from './createItem.operation';
import * as deleteItem from './deleteItem.operation';
import * as getItem from './getItem.operation';
import * as getManyItems from './getManyItems.operation';
import * as getNewsfeed from './getNewsfeed.operation';
import * as getNewsfeedItems from './getNewsfeedItems.operation';
import * as getNewsfeeds from './getNewsfeeds.operation';
import * as updateItem from './updateItem.operation';

export const news = defineResource({
	displayName: 'News',
	defaultOperation: 'createItem',
	operations: {
		createItem,
		deleteItem,
		getItem,
		getManyItems,
		getNewsfeed,
		getNewsfeedItems,
		getNewsfeeds,
		updateItem,
	},
});
