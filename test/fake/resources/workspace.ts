import { badRequest, HttpError } from '../errors';
import type { Json } from '../records';
import type { Store } from '../store';
import { list, route } from './routing';

/** The workspace's teammates, segments, subscription types and data attributes. */
export class WorkspaceRecords {
	teams: Json[] = [
		{ type: 'team', id: '814865', name: 'Support', admin_ids: [991267460] },
		{ type: 'team', id: '814866', name: 'Billing', admin_ids: [991267461] },
	];

	admins: Json[] = [
		{ type: 'admin', id: '991267460', name: 'Ciaran Lee', email: 'ciaran@example.com' },
		{ type: 'admin', id: '991267461', name: 'Dana Scully', email: 'dana@example.com' },
	];

	segments: Json[] = [
		{ type: 'segment', id: '5d2640faa76403d9f2a3b0a1', name: 'Active users', person_type: 'user' },
		{ type: 'segment', id: '5d2640faa76403d9f2a3b0a2', name: 'New leads', person_type: 'contact' },
	];

	subscriptionTypes: Json[] = [
		{
			type: 'subscription',
			id: '37846',
			state: 'live',
			consent_type: 'opt_out',
			default_translation: { name: 'Newsletters', description: 'Monthly news', locale: 'en' },
		},
	];

	dataAttributes: Json[] = [
		{
			type: 'data_attribute',
			model: 'contact',
			name: 'plan',
			full_name: 'custom_attributes.plan',
			label: 'Plan',
			data_type: 'string',
			custom: true,
			api_writable: true,
			archived: false,
		},
		{
			type: 'data_attribute',
			model: 'contact',
			name: 'paid_at',
			full_name: 'custom_attributes.paid_at',
			label: 'Paid at',
			data_type: 'date',
			custom: true,
			api_writable: true,
			archived: false,
		},
		{
			type: 'data_attribute',
			model: 'contact',
			name: 'email',
			full_name: 'email',
			label: 'Email',
			data_type: 'string',
			custom: false,
			api_writable: true,
			archived: false,
		},
		{
			type: 'data_attribute',
			model: 'conversation',
			name: 'issue_type',
			full_name: 'custom_attributes.issue_type',
			label: 'Issue type',
			data_type: 'string',
			custom: true,
			api_writable: true,
			archived: false,
		},
		{
			type: 'data_attribute',
			model: 'company',
			name: 'tier',
			full_name: 'custom_attributes.tier',
			label: 'Tier',
			data_type: 'string',
			custom: true,
			api_writable: true,
			archived: false,
		},
	];
}

/** Intercom refuses custom attributes the workspace does not define, and text values over 255 characters. */
export function checkCustomAttributes(
	store: Store,
	model: 'contact' | 'company' | 'conversation',
	attributes: unknown,
): Json {
	if (attributes === undefined) return {};
	if (typeof attributes !== 'object' || attributes === null)
		throw badRequest('custom_attributes must be an object', 'custom_attributes');
	for (const [name, value] of Object.entries(attributes)) {
		const known = store.dataAttributes.some(
			(attribute) => attribute.model === model && attribute.custom && attribute.name === name,
		);
		if (!known)
			throw new HttpError(
				400,
				'parameter_not_found',
				`Custom attribute '${name}' does not exist`,
				'custom_attributes',
			);
		if (typeof value === 'string' && value.length > 255) {
			throw badRequest(`Custom attribute '${name}' is too long`, 'custom_attributes');
		}
	}
	return attributes as Json;
}

export const routes = [
	route('GET', '/me', ({ store }) => ({
		body: {
			...store.admins[0],
			app: { type: 'app', id_code: 'ecahpwf5', name: 'Fake workspace', region: 'US' },
		},
	})),
	route(
		'GET',
		'/admins',
		list('admins', ({ store }) => store.admins),
	),
	route(
		'GET',
		'/teams',
		list('teams', ({ store }) => store.teams),
	),
	route(
		'GET',
		'/segments',
		list('segments', ({ store }) => store.segments),
	),
	route(
		'GET',
		'/subscription_types',
		list('data', ({ store }) => store.subscriptionTypes),
	),
	route(
		'GET',
		'/data_attributes',
		list('data', ({ store, query }) =>
			store.dataAttributes.filter((attribute) => !query.model || attribute.model === query.model),
		),
	),
];
