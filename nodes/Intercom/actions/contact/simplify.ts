import type { Intercom } from 'intercom-client';

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

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
	const picked = {} as Pick<T, K>;
	for (const key of keys) {
		if (source[key] !== undefined) picked[key] = source[key];
	}
	return picked;
}

export function simplifyContact(contact: Intercom.Contact) {
	return {
		...pick(contact, CONTACT_FIELDS),
		tags: (contact.tags?.data ?? []).map((tag) => tag.id),
		companies: (contact.companies?.data ?? []).map((company) => company.id),
	};
}
