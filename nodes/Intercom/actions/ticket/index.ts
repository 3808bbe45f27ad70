import { defineResource } from '../operation';
import * as create from './create.operation';
import * as deleteTicket from './delete.operation';
import * as get from './get.operation';
import * as reply from './reply.operation';
import * as search from './search.operation';
import * as update from './update.operation';

export const ticket = defineResource({
	displayName: 'Ticket',
	defaultOperation: 'create',
	operations: { create, delete: deleteTicket, get, reply, search, update },
});
