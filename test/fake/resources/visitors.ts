import { HttpError } from '../errors';
import type { Json } from '../records';
import { hexId, now } from '../records';
import type { Handler, Route } from '../server';
import type { Store } from '../store';
import { checkCustomAttributes } from './workspace';
import { route } from './routing';

export interface FakeVisitor extends Json {
	type: 'visitor';
	id: string;
	user_id: string;
	custom_attributes: Json;
}

/** The Messenger's anonymous visitors. */
export class VisitorRecords {
	visitors = new Map<string, FakeVisitor>();

	addVisitor(fields: Partial<FakeVisitor> = {}): FakeVisitor {
		const visitor: FakeVisitor = {
			type: 'visitor',
			id: hexId(),
			user_id: hexId().slice(0, 16),
			anonymous: true,
			created_at: now(),
			updated_at: now(),
			custom_attributes: {},
			...fields,
		};
		this.visitors.set(visitor.id, visitor);
		return visitor;
	}
}

function visitorOf(store: Store, key: Json): FakeVisitor {
	const visitor = [...store.visitors.values()].find(
		(candidate) =>
			(key.id !== undefined && candidate.id === key.id) ||
			(key.user_id !== undefined && candidate.user_id === key.user_id) ||
			(key.email !== undefined && candidate.email === key.email),
	);
	if (!visitor) throw new HttpError(404, 'not_found', 'Visitor Not Found');
	return visitor;
}

const updateVisitor: Handler = ({ store, body }) => {
	const visitor = visitorOf(store, body);
	const attributes = checkCustomAttributes(store, 'contact', body.custom_attributes);
	Object.assign(visitor, {
		...(body.name !== undefined ? { name: body.name } : {}),
		custom_attributes: { ...visitor.custom_attributes, ...attributes },
		updated_at: now(),
	});
	return { body: visitor };
};

/**
 * `POST /visitors/convert`: a visitor becomes a lead, or merges into a user (created when missing); the visitor is
 * gone afterwards. https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/visitors/convertvisitor
 */
const convertVisitor: Handler = ({ store, body }) => {
	const visitor = visitorOf(store, body.visitor as Json);
	const user = body.user as Json;
	if (body.type !== 'lead' && body.type !== 'user') {
		throw new HttpError(400, 'parameter_invalid', 'type must be lead or user', 'type');
	}
	const existing =
		body.type === 'user'
			? [...store.contacts.values()].find(
					(contact) =>
						contact.id === user.id || (user.user_id !== undefined && contact.external_id === user.user_id),
				)
			: undefined;
	const contact =
		existing ??
		store.addContact({
			// A lead named by the visitor's own id keeps it.
			...(body.type === 'lead' && user.id === visitor.id ? { id: visitor.id } : {}),
			role: String(body.type),
			...(user.user_id ? { external_id: String(user.user_id) } : {}),
			...(user.email ? { email: String(user.email) } : {}),
			custom_attributes: visitor.custom_attributes,
		});
	store.visitors.delete(visitor.id);
	return { body: contact };
};

export const routes: Route[] = [
	route('GET', '/visitors', ({ store, query }) => ({ body: visitorOf(store, { user_id: query.user_id }) })),
	route('PUT', '/visitors', updateVisitor),
	route('POST', '/visitors/convert', convertVisitor),
];
