import { HttpError } from '../errors';
import { nextNumericId, now } from '../records';
import type { Handler, Route } from '../server';
import { route } from './routing';

/** An admin-initiated message; with `create_conversation_without_contact_reply` it opens a conversation at once. */
const sendMessage: Handler = ({ store, body }) => {
	const from = body.from as { id?: unknown };
	const to = body.to as { type?: string; id?: string };
	const admin = store.admins.find((candidate) => candidate.id === String(from.id));
	if (!admin) throw new HttpError(404, 'admin_not_found', 'Admin not found', 'from');
	const contact = store.contacts.get(String(to.id));
	if (!contact) throw new HttpError(404, 'not_found', 'User Not Found');
	if (to.type !== contact.role)
		throw new HttpError(400, 'parameter_invalid', `The recipient is a ${contact.role}`, 'to');
	const conversation = body.create_conversation_without_contact_reply
		? store.addConversation({
				source: {
					type: body.message_type === 'email' ? 'email' : 'conversation',
					id: `source-${nextNumericId()}`,
					delivered_as: 'admin_initiated',
					subject: body.subject ?? '',
					body: body.body,
					author: { type: 'admin', id: admin.id, name: admin.name, email: admin.email },
				},
				contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: contact.id }] },
			})
		: undefined;
	return {
		body: {
			type: 'admin_message',
			id: nextNumericId(),
			created_at: now(),
			...(body.subject ? { subject: body.subject } : {}),
			body: body.body,
			message_type: body.message_type === 'email' ? 'email' : 'inapp',
			conversation_id: conversation?.id ?? null,
		},
	};
};

export const routes: Route[] = [route('POST', '/messages', sendMessage)];
