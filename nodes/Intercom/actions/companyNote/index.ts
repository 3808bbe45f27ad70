import { defineResource } from '../operation';
import * as create from './create.operation';
import * as getAll from './getAll.operation';

export const companyNote = defineResource({
	displayName: 'Company Note',
	defaultOperation: 'create',
	operations: { create, getAll },
});
