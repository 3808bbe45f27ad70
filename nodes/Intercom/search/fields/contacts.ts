import type { SearchCatalogue } from '../catalogue';

/**
 * Searchable contact fields and their types, from the Search Contacts reference.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/contacts/searchcontacts
 */
export const contactSearch: SearchCatalogue = {
	records: 'contacts',
	model: 'contact',
	fieldsMethod: 'getContactSearchFields',
	fieldExamples: 'email, name, external_id, phone, role, created_at, last_seen_at',
	fieldExample: 'email',
	textExample:
		'email endsWith @acme.com AND created_at greaterThan 2024-01-01\nrole equals lead OR custom_attributes.plan equals trial',
	jsonExample: { field: 'email', operator: '~', value: '@example.com' },
	// Dates compare by calendar day in the workspace's time zone, and take = < > only.
	operators: {
		string: ['=', '!=', 'IN', 'NIN', '~', '!~', '^', '$'],
		integer: ['=', '!=', 'IN', 'NIN', '<', '>'],
		boolean: ['=', '!=', 'IN', 'NIN'],
		date: ['=', '<', '>'],
		ids: ['=', '!='],
	},
	fields: {
		id: { label: 'Intercom ID', type: 'string' },
		role: { label: 'Role', type: 'string' },
		name: { label: 'Name', type: 'string' },
		avatar: { label: 'Avatar URL', type: 'string' },
		owner_id: { label: 'Owner ID', type: 'integer' },
		email: { label: 'Email', type: 'string' },
		email_domain: { label: 'Email Domain', type: 'string' },
		phone: { label: 'Phone', type: 'string' },
		external_id: { label: 'External ID', type: 'string' },
		created_at: { label: 'Created At', type: 'date' },
		signed_up_at: { label: 'Signed Up At', type: 'date' },
		updated_at: { label: 'Updated At', type: 'date' },
		last_seen_at: { label: 'Last Seen At', type: 'date' },
		last_contacted_at: { label: 'Last Contacted At', type: 'date' },
		last_replied_at: { label: 'Last Replied At', type: 'date' },
		last_email_opened_at: { label: 'Last Email Opened At', type: 'date' },
		last_email_clicked_at: { label: 'Last Email Clicked At', type: 'date' },
		language_override: { label: 'Language Override', type: 'string' },
		browser: { label: 'Browser', type: 'string' },
		browser_language: { label: 'Browser Language', type: 'string' },
		os: { label: 'Operating System', type: 'string' },
		'location.country': { label: 'Country', type: 'string' },
		'location.region': { label: 'Region', type: 'string' },
		'location.city': { label: 'City', type: 'string' },
		unsubscribed_from_emails: { label: 'Unsubscribed From Emails', type: 'boolean' },
		marked_email_as_spam: { label: 'Marked Email as Spam', type: 'boolean' },
		has_hard_bounced: { label: 'Has Hard Bounced', type: 'boolean' },
		segment_id: { label: 'Segment ID', type: 'string' },
		tag_id: { label: 'Tag ID', type: 'ids' },
	},
};
