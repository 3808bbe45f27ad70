import { defineResource } from '../operation';
import * as rate from './rate.operation';
import * as reply from './reply.operation';
import * as start from './start.operation';

/** Fin over the API: for channels of your own (a chat widget, an app) whose users talk to Fin. */
export const fin = defineResource({
	displayName: 'Fin',
	defaultOperation: 'start',
	operations: { rate, reply, start },
});
