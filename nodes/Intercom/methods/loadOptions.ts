import type { Intercom } from 'intercom-client';
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { allCollections, collectionPaths } from '../actions/collection/tree';
import { contactSearch } from '../search/fields/contacts';
import { conversationSearch } from '../search/fields/conversations';
import { ticketSearch } from '../search/fields/tickets';
import type { SearchCatalogue } from '../search/catalogue';
import { readCurrentText } from '../parameters/settings';
import { intercomApiRequest } from '../transport';

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

async function get<T>(context: ILoadOptionsFunctions, path: string, qs?: Record<string, string>): Promise<T> {
	return await intercomApiRequest<T>(context, { method: 'GET', path, qs });
}

export async function getAdmins(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { admins = [] } = await get<Intercom.AdminList>(this, '/admins');
	return admins
		.filter((admin): admin is Intercom.Admin => admin !== undefined)
		.map((admin) => ({
			name: admin.name ?? admin.email ?? admin.id,
			value: admin.id,
			description: admin.email,
		}))
		.sort(byName);
}

export async function getTeams(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { teams = [] } = await get<Intercom.TeamList>(this, '/teams');
	return teams.map((team) => ({ name: team.name ?? team.id ?? '', value: team.id ?? '' })).sort(byName);
}

/** The admins, after a first choice that leaves the acting admin to the token's owner (the empty value). */
export async function getActingAdmins(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return [
		{
			name: "The Token's Own Admin",
			value: '',
			description: 'The teammate who owns the access token (read from Intercom once per run)',
		},
		...(await getAdmins.call(this)),
	];
}

async function tags(context: ILoadOptionsFunctions): Promise<Intercom.Tag[]> {
	const { data = [] } = await get<Intercom.TagList>(context, '/tags');
	return data;
}

export async function getTags(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await tags(this)).map((tag) => ({ name: tag.name, value: tag.id })).sort(byName);
}

/** The tags, after a first choice that means "no tag" (the empty value). */
export async function getTagsOrNone(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return [{ name: 'None', value: '' }, ...(await getTags.call(this))];
}

export async function getTagNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await tags(this)).map((tag) => ({ name: tag.name, value: tag.name })).sort(byName);
}

export async function getSegments(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { segments = [] } = await get<Intercom.SegmentList>(this, '/segments');
	return segments
		.map((segment) => ({ name: segment.name ?? segment.id ?? '', value: segment.id ?? '' }))
		.sort(byName);
}

export async function getSubscriptionTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { data = [] } = await get<Intercom.SubscriptionTypeList>(this, '/subscription_types');
	return data
		.map((type): INodePropertyOptions => ({
			name: type.default_translation?.name ?? type.id ?? '',
			value: type.id ?? '',
			description: type.default_translation?.description,
		}))
		.sort(byName);
}

/** Writable custom attributes of a model, by the name Intercom expects in `custom_attributes`. */
async function customAttributes(
	context: ILoadOptionsFunctions,
	model: NonNullable<SearchCatalogue['model']> | 'company',
): Promise<INodePropertyOptions[]> {
	const { data = [] } = await get<Intercom.DataAttributeList>(context, '/data_attributes', { model });
	return data
		.filter((attribute) => attribute.custom && attribute.api_writable !== false && !attribute.archived)
		.map((attribute) => ({
			name: attribute.label ?? attribute.name,
			value: attribute.name,
			description: `${attribute.data_type}${attribute.description ? ` · ${attribute.description}` : ''}`,
		}))
		.sort(byName);
}

export async function getContactAttributes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await customAttributes(this, 'contact');
}

export async function getCompanyAttributes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await customAttributes(this, 'company');
}

export async function getConversationAttributes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await customAttributes(this, 'conversation');
}

/** A search's standard fields by name (API name and type as the hint), then the workspace's custom attributes. */
async function searchFieldOptions(
	context: ILoadOptionsFunctions,
	catalogue: SearchCatalogue,
): Promise<INodePropertyOptions[]> {
	const standard = Object.entries(catalogue.fields).map(([field, { label, type }]) => ({
		name: label,
		value: field,
		description: `${field} · ${type}`,
	}));
	const attributes = catalogue.model ? await customAttributes(context, catalogue.model) : [];
	const custom = attributes.map((option) => ({
		...option,
		name: `Custom: ${option.name}`,
		value: `custom_attributes.${String(option.value)}`,
	}));
	return [...standard.sort(byName), ...custom];
}

export async function getContactSearchFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await searchFieldOptions(this, contactSearch);
}

export async function getTicketSearchFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await searchFieldOptions(this, ticketSearch);
}

export async function getTicketTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { data = [] } = await get<Intercom.TicketTypeList>(this, '/ticket_types');
	return data
		.filter((type): type is Intercom.TicketType => type !== undefined && !type.archived)
		.map((type) => ({ name: type.name ?? type.id ?? '', value: type.id ?? '', description: type.category }))
		.sort(byName);
}

/** The chosen ticket type's attributes, archived ones included, for updating one. */
export async function getTicketTypeAttributeOptions(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const typeId = readCurrentText(this, 'ticketTypeId');
	if (!/^\d+$/.test(typeId)) return [];
	const type = await get<Intercom.TicketType>(this, `/ticket_types/${typeId}`);
	return (type.ticket_type_attributes?.ticket_type_attributes ?? [])
		.filter((attribute): attribute is Intercom.TicketTypeAttribute => attribute !== undefined)
		.map((attribute) => ({
			name: `${attribute.name ?? attribute.id}${attribute.archived ? ' (archived)' : ''}`,
			value: attribute.id ?? '',
			description: attribute.data_type,
		}))
		.sort(byName);
}

export async function getNewsfeeds(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { data = [] } = await get<{ data?: Intercom.Newsfeed[] }>(this, '/news/newsfeeds');
	return data.map((feed) => ({ name: feed.name ?? feed.id ?? '', value: feed.id ?? '' })).sort(byName);
}

/** News items, newest first as Intercom lists them, with their state. */
export async function getNewsItems(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { data = [] } = await get<{ data?: Intercom.NewsItem[] }>(this, '/news/news_items');
	return data.map((item) => ({
		name: item.title ?? item.id ?? '',
		value: item.id ?? '',
		description: item.state,
	}));
}

export async function getInternalArticles(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { data = [] } = await get<Intercom.InternalArticleList>(this, '/internal_articles');
	return data
		.filter((article): article is Intercom.InternalArticleListItem => article !== undefined)
		.map((article) => ({ name: article.title ?? article.id ?? '', value: article.id ?? '' }))
		.sort(byName);
}

interface ReportingDataset {
	id: string;
	name?: string;
	description?: string;
	attributes?: Array<{ id: string; name?: string }>;
}

async function reportingDatasets(context: ILoadOptionsFunctions): Promise<ReportingDataset[]> {
	const { data = [] } = await get<{ data?: ReportingDataset[] }>(
		context,
		'/export/reporting_data/get_datasets',
	);
	return data;
}

export async function getReportingDatasets(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await reportingDatasets(this))
		.map((dataset) => ({
			name: dataset.name ?? dataset.id,
			value: dataset.id,
			description: dataset.description,
		}))
		.sort(byName);
}

/** The chosen dataset's attributes, in Intercom's order (the export's column order by default). */
export async function getReportingAttributes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const datasetId = readCurrentText(this, 'datasetId');
	const dataset = (await reportingDatasets(this)).find((candidate) => candidate.id === datasetId);
	return (dataset?.attributes ?? []).map((attribute) => ({
		name: attribute.name ?? attribute.id,
		value: attribute.id,
	}));
}

export async function getContentImportSources(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { data = [] } = await get<Intercom.ContentImportSourcesList>(this, '/ai/content_import_sources');
	return data
		.filter((source): source is Intercom.ContentImportSource => source !== undefined)
		.map((source) => ({ name: source.url, value: String(source.id), description: source.status }))
		.sort(byName);
}

/** A picker over one of the 2.16 settings lists (`data` of records with an id and a name-like field). */
async function namedRecords(
	context: ILoadOptionsFunctions,
	path: string,
	nameOf: (record: IDataObject) => unknown,
): Promise<INodePropertyOptions[]> {
	const { data = [] } = await get<{ data?: IDataObject[] }>(context, path);
	return data
		.map((record) => ({ name: String(nameOf(record) ?? record.id), value: String(record.id) }))
		.sort(byName);
}

export async function getOfficeHoursSchedules(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await namedRecords(this, '/office_hours_schedules', (record) => record.name);
}

export async function getBrands(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await namedRecords(this, '/brands', (record) => record.name);
}

export async function getSenderEmails(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await namedRecords(this, '/emails', (record) => record.email);
}

export async function getMacros(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await namedRecords(this, '/macros', (record) => record.name);
}

export async function getAudiences(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await namedRecords(this, '/audiences', (record) => record.name);
}

export async function getDataConnectors(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await namedRecords(this, '/data_connectors', (record) => record.name);
}

export async function getConversationAttributeIds(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await namedRecords(this, '/conversations/attributes', (record) => record.name);
}

export async function getContentSnippets(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await namedRecords(this, '/content_snippets', (record) => record.title);
}

export async function getTicketStates(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { data = [] } = await get<{
		data?: Array<{ id: string; internal_label?: string; category?: string }>;
	}>(this, '/ticket_states');
	return data.map((state) => ({
		name: state.internal_label ?? state.id,
		value: state.id,
		description: state.category,
	}));
}

export async function getConversationSearchFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await searchFieldOptions(this, conversationSearch);
}

export async function getAwayReasons(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { data = [] } = await get<{ data?: Intercom.AwayStatusReason[] }>(this, '/away_status_reasons');
	return [
		{ name: 'None', value: '' },
		...data
			.filter((reason) => !reason.deleted)
			.map((reason) => ({
				name: [reason.emoji, reason.label].filter(Boolean).join(' '),
				value: reason.id ?? '',
			})),
	];
}

/** The custom attributes of the model chosen in the node, by numeric id (the only key `PUT /data_attributes` takes). */
export async function getCustomDataAttributes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const model = String(this.getCurrentNodeParameter('model') ?? 'contact');
	const { data = [] } = await get<Intercom.DataAttributeList>(this, '/data_attributes', {
		model,
		include_archived: 'true',
	});
	return data
		.filter((attribute) => attribute.custom && attribute.id !== undefined)
		.map((attribute) => ({
			name: `${attribute.label ?? attribute.name}${attribute.archived ? ' (archived)' : ''}`,
			value: String(attribute.id),
			description: `${attribute.name} · ${attribute.data_type}`,
		}))
		.sort(byName);
}

export async function getHelpCenters(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { data = [] } = await get<Intercom.HelpCenterList>(this, '/help_center/help_centers');
	return data
		.map((center) => ({
			name: center.display_name ?? center.identifier ?? center.id ?? '',
			value: center.id ?? '',
		}))
		.sort(byName);
}

/** The collections by path ("Parent › Child"), after a first choice that leaves the record outside any (''). */
export async function getCollections(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const collections = await allCollections(this);
	const paths = collectionPaths(collections);
	return [
		{ name: 'None', value: '' },
		...collections
			.map((collection) => ({ name: paths.get(collection.id) ?? collection.name, value: collection.id }))
			.sort(byName),
	];
}
