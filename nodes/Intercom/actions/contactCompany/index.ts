import { defineResource } from '../operation';
import * as attach from './attach.operation';
import * as detach from './detach.operation';
import * as getAll from './getAll.operation';

export const contactCompany = defineResource({
	displayName: 'Contact Company',
	defaultOperation: 'attach',
	operations: { attach, detach, getAll },
});
