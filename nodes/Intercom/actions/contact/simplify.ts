import type { Intercom } from 'intercom-client';

import { pick } from '../pick';

const CONTACT_FIELDS = [
	'id',
	'external_id',
	'role',
	'email',
	'name',
	'phone',
	'owner_id',
	'created_at',
	'updated_at',
	'signed_up_at',
	'last_seen_at',
	'unsubscribed_from_emails',
	'custom_attributes',
] as const;

export function simplifyContact(contact: Intercom.Contact) {
	return {
		...pick(contact, CONTACT_FIELDS),
		tags: (contact.tags?.data ?? []).map((tag) => tag.id),
		companies: (contact.companies?.data ?? []).map((company) => company.id),
	};
}
