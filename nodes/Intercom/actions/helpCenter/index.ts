import { defineResource } from '../operation';
import * as getRedirects from './getRedirects.operation';
import * as getRedirect from './getRedirect.operation';
import * as deleteRedirect from './deleteRedirect.operation';
import * as createRedirect from './createRedirect.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const helpCenter = defineResource({
	displayName: 'Help Center',
	defaultOperation: 'getAll',
	operations: { createRedirect, deleteRedirect, get, getAll, getRedirect, getRedirects },
});
