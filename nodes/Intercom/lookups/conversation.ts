import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { INBOX_URL_REGEX } from '../descriptions/conversationRLC';
import { readLocator } from '../parameters/read';

const HINT = 'choose a conversation, or give its ID or its link in the Intercom inbox';

/** The id of the conversation the locator parameter points at: conversation ids are numbers. */
export function conversationIdOf(
	context: IExecuteFunctions,
	itemIndex: number,
	parameter = 'conversation',
): string {
	const { mode, value } = readLocator(context, itemIndex, parameter, HINT);
	const id = mode === 'url' ? new RegExp(INBOX_URL_REGEX).exec(value)?.[1] : value;
	if (!id || !/^[0-9]+$/.test(id)) {
		throw new NodeOperationError(
			context.getNode(),
			`"Conversation" is not a conversation ID or link: ${value}`,
			{
				description: `A conversation ID is a number, e.g. 123456789; ${HINT}.`,
				itemIndex,
			},
		);
	}
	return id;
}
