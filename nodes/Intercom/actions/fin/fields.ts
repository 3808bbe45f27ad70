import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readCollection, readText } from '../../parameters/read';

/** Your own channel's conversation: Fin keys everything on this ID. */
export const conversationIdField: INodeProperties = {
	displayName: 'Conversation ID',
	name: 'conversationId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. chat-8812',
	description: "Your channel's ID for the conversation (not an Intercom conversation ID)",
};

export const messageFields: INodeProperties[] = [
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		description: "The user's message to Fin",
	},
	{
		displayName: 'User ID',
		name: 'userId',
		type: 'string',
		default: '',
		required: true,
		description: 'Your ID for the user',
	},
	{
		displayName: 'User Details',
		name: 'user',
		type: 'collection',
		placeholder: 'Add Detail',
		default: {},
		options: [
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		],
	},
];

/**
 * The user's message as Fin takes it (`author: user`, timestamped now) and the user it comes from.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/fin-agent/startfinconversation
 */
export function readFinMessage(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const user = readCollection<{ email: string; name: string }>(context, itemIndex, 'user');
	return {
		conversation_id: readText(context, itemIndex, 'conversationId', { required: true }),
		message: {
			author: 'user',
			body: readText(context, itemIndex, 'message', { required: true, keepSpaces: true }),
			timestamp: new Date().toISOString(),
		},
		user: { id: readText(context, itemIndex, 'userId', { required: true }), ...user },
	};
}
