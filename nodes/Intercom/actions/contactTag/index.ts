import { defineResource } from '../operation';
import * as add from './add.operation';
import * as getAll from './getAll.operation';
import * as remove from './remove.operation';

export const contactTag = defineResource({
	displayName: 'Contact Tag',
	defaultOperation: 'add',
	operations: { add, getAll, remove },
});
