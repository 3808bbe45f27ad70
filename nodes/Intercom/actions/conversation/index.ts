import { defineResource } from '../operation';
import * as getSideConversations from './getSideConversations.operation';
import * as getHandlingEvents from './getHandlingEvents.operation';
import * as getDeletedIds from './getDeletedIds.operation';
import * as merge from './merge.operation';
import * as addNote from './addNote.operation';
import * as addTag from './addTag.operation';
import * as assign from './assign.operation';
import * as attachContact from './attachContact.operation';
import * as close from './close.operation';
import * as convertToTicket from './convertToTicket.operation';
import * as create from './create.operation';
import * as deleteConversation from './delete.operation';
import * as detachContact from './detachContact.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getTranscript from './getTranscript.operation';
import * as open from './open.operation';
import * as redact from './redact.operation';
import * as removeTag from './removeTag.operation';
import * as reply from './reply.operation';
import * as search from './search.operation';
import * as snooze from './snooze.operation';
import * as update from './update.operation';

export const conversation = defineResource({
	displayName: 'Conversation',
	defaultOperation: 'reply',
	operations: {
		addNote,
		addTag,
		assign,
		attachContact,
		close,
		convertToTicket,
		create,
		delete: deleteConversation,
		detachContact,
		get,
		getAll,
		getDeletedIds,
		getHandlingEvents,
		getSideConversations,
		getTranscript,
		merge,
		open,
		redact,
		removeTag,
		reply,
		search,
		snooze,
		update,
	},
});
