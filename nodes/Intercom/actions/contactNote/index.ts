import { defineResource } from '../operation';
import * as create from './create.operation';
import * as getAll from './getAll.operation';

export const contactNote = defineResource({
	displayName: 'Contact Note',
	defaultOperation: 'create',
	operations: { create, getAll },
});
