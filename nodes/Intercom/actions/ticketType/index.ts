import { defineResource } from '../operation';
import * as create from './create.operation';
import * as createAttribute from './createAttribute.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';
import * as updateAttribute from './updateAttribute.operation';

export const ticketType = defineResource({
	displayName: 'Ticket Type',
	defaultOperation: 'getAll',
	operations: { create, createAttribute, get, getAll, update, updateAttribute },
});
