import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { TICKET_URL_REGEX } from '../descriptions/ticketRLC';
import { readLocator } from '../parameters/read';

const HINT = 'choose a ticket, or give its API ID or its link in the Intercom Inbox';

/** The API id of the ticket the Ticket locator points at (a number; a link gives the id it ends in). */
export function ticketIdOf(context: IExecuteFunctions, itemIndex: number): string {
	const { mode, value } = readLocator(context, itemIndex, 'ticketId', HINT);
	const id = mode === 'url' ? new RegExp(TICKET_URL_REGEX).exec(value)?.[1] : value;
	if (!id || !/^[0-9]+$/.test(id)) {
		throw new NodeOperationError(context.getNode(), `"Ticket" is not a ticket ID or link: ${value}`, {
			description: `A ticket's API ID is a number, e.g. 45; ${HINT}.`,
			itemIndex,
		});
	}
	return id;
}
