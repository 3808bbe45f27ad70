import { defineResource } from '../operation';
import * as unlinkConversation from './unlinkConversation.operation';
import * as linkConversation from './linkConversation.operation';
import * as changeType from './changeType.operation';
import * as addTag from './addTag.operation';
import * as create from './create.operation';
import * as createInBackground from './createInBackground.operation';
import * as deleteTicket from './delete.operation';
import * as get from './get.operation';
import * as getStates from './getStates.operation';
import * as removeTag from './removeTag.operation';
import * as reply from './reply.operation';
import * as search from './search.operation';
import * as update from './update.operation';

export const ticket = defineResource({
	displayName: 'Ticket',
	defaultOperation: 'create',
	operations: {
		addTag,
		changeType,
		create,
		createInBackground,
		delete: deleteTicket,
		get,
		getStates,
		linkConversation,
		removeTag,
		reply,
		search,
		unlinkConversation,
		update,
	},
});
