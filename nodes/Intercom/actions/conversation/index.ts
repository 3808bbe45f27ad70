import { defineResource } from '../operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as search from './search.operation';

export const conversation = defineResource({
	displayName: 'Conversation',
	defaultOperation: 'get',
	operations: { get, getAll, search },
});
