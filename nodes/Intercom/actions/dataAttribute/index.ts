import { defineResource } from '../operation';
import * as archive from './archive.operation';
import * as create from './create.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const dataAttribute = defineResource({
	displayName: 'Data Attribute',
	defaultOperation: 'getAll',
	operations: { archive, create, getAll, update },
});
