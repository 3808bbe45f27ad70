import { badRequest, HttpError, notFound } from '../errors';
import type { Json } from '../records';
import { nextNumericId, now } from '../records';
import type { Handler, Route } from '../server';
import type { Store } from '../store';
import { cursorPage } from '../paging';
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
		{
			type: 'segment',
			id: '5d2640faa76403d9f2a3b0a1',
			name: 'Active users',
			person_type: 'user',
			count: 1200,
		},
		{ type: 'segment', id: '5d2640faa76403d9f2a3b0a2', name: 'New leads', person_type: 'contact', count: 87 },
	];

	awayStatusReasons: Json[] = [
		{ type: 'away_status_reason', id: '12345', label: 'On a break', emoji: '☕', order: 1, deleted: false },
		{ type: 'away_status_reason', id: '12346', label: 'In a meeting', emoji: '📅', order: 2, deleted: false },
	];

	activityLogs: Json[] = [];

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
			id: 1,
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
			id: 2,
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
			id: 4,
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
			id: 5,
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

const adminOf = (store: Store, id: string): Json => {
	const admin = store.admins.find((candidate) => candidate.id === id);
	if (!admin) throw new HttpError(404, 'admin_not_found', 'Admin for admin_id not found');
	return admin;
};

const byId =
	(records: (store: Store) => Json[], what: string): Handler =>
	({ store, params }) => {
		const record = records(store).find((candidate) => String(candidate.id) === params.id);
		if (!record) throw notFound(what);
		return { body: record };
	};

/** `PUT /admins/{id}/away`: the reason must be one of the workspace's away reasons. */
const setAway: Handler = ({ store, params, body }) => {
	const admin = adminOf(store, params.id);
	const reasonId = body.away_status_reason_id;
	if (reasonId !== undefined && !store.awayStatusReasons.some((reason) => reason.id === String(reasonId))) {
		throw new HttpError(400, 'parameter_invalid', 'Away status reason not found', 'away_status_reason_id');
	}
	Object.assign(admin, {
		away_mode_enabled: body.away_mode_enabled,
		away_mode_reassign: body.away_mode_reassign,
		...(reasonId !== undefined ? { away_status_reason_id: Number(reasonId) } : {}),
	});
	return { body: admin };
};

/** `GET /admins/activity_logs`: the window's entries, newest first, cursor-paged. */
const activityLogs: Handler = ({ store, query }) => {
	const after = Number(query.created_at_after);
	const before = query.created_at_before ? Number(query.created_at_before) : Infinity;
	const logs = store.activityLogs
		.filter((log) => Number(log.created_at) >= after && Number(log.created_at) <= before)
		.sort((a, b) => Number(b.created_at) - Number(a.created_at));
	const page = cursorPage(logs, query.per_page, query.starting_after, 20, 'activity_logs');
	return { body: { ...page, type: 'activity_log.list' } };
};

const DATA_TYPES = ['string', 'integer', 'float', 'boolean', 'datetime', 'date', 'options'];

const createDataAttribute: Handler = ({ store, body }) => {
	const name = String(body.name);
	if (!DATA_TYPES.includes(String(body.data_type))) throw badRequest('data_type is invalid', 'data_type');
	if (store.dataAttributes.some((attribute) => attribute.model === body.model && attribute.name === name)) {
		throw new HttpError(
			400,
			'parameter_invalid',
			`You already have '${name}' in your ${String(body.model)} data.`,
			'name',
		);
	}
	if (body.data_type === 'options' && ((body.options as unknown[] | undefined)?.length ?? 0) < 2) {
		throw badRequest('options must list at least two values', 'options');
	}
	const attribute: Json = {
		type: 'data_attribute',
		id: Number(nextNumericId()),
		model: body.model,
		name,
		full_name: `custom_attributes.${name}`,
		label: name,
		description: body.description ?? '',
		data_type: body.data_type,
		...(body.options ? { options: (body.options as Json[]).map((option) => option.value) } : {}),
		api_writable: true,
		messenger_writable: body.messenger_writable ?? false,
		ui_writable: true,
		custom: true,
		archived: false,
		created_at: now(),
		updated_at: now(),
	};
	store.dataAttributes.push(attribute);
	return { body: attribute };
};

const updateDataAttribute: Handler = ({ store, params, body }) => {
	const attribute = store.dataAttributes.find((candidate) => String(candidate.id) === params.id);
	if (!attribute) throw notFound('Data Attribute');
	if (body.data_type !== undefined) throw badRequest('data_type cannot be changed', 'data_type');
	Object.assign(attribute, {
		...body,
		...(body.options ? { options: (body.options as Json[]).map((option) => option.value) } : {}),
		updated_at: now(),
	});
	return { body: attribute };
};

export const routes: Route[] = [
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
	route('GET', '/admins/activity_logs', activityLogs),
	route('GET', '/admins/:id', ({ store, params }) => ({ body: adminOf(store, params.id) })),
	route('PUT', '/admins/:id/away', setAway),
	route(
		'GET',
		'/away_status_reasons',
		list('data', ({ store }) => store.awayStatusReasons),
	),
	route(
		'GET',
		'/teams',
		list('teams', ({ store }) => store.teams),
	),
	route(
		'GET',
		'/teams/:id',
		byId((store) => store.teams, 'Team'),
	),
	route(
		'GET',
		'/segments',
		list('segments', ({ store, query }) =>
			store.segments.map(({ count, ...segment }) =>
				query.include_count === 'true' ? { ...segment, count } : segment,
			),
		),
	),
	route(
		'GET',
		'/segments/:id',
		byId((store) => store.segments, 'Segment'),
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
			store.dataAttributes.filter(
				(attribute) =>
					(!query.model || attribute.model === query.model) &&
					(query.include_archived === 'true' || !attribute.archived),
			),
		),
	),
	route('POST', '/data_attributes', createDataAttribute),
	route('PUT', '/data_attributes/:id', updateDataAttribute),
];
