import { defineResource } from '../operation';
import * as convert from './convert.operation';
import * as get from './get.operation';
import * as update from './update.operation';

export const visitor = defineResource({
	displayName: 'Visitor',
	defaultOperation: 'get',
	operations: { convert, get, update },
});
