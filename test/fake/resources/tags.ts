import { HttpError, notFound } from '../errors';
import type { FakeTag, Json } from '../records';
import { nextNumericId } from '../records';
import type { Handler, Route } from '../server';
import { specVersionFor } from '../openapi';
import { list, route } from './routing';

export class TagRecords {
	tags = new Map<string, FakeTag>();

	/** Tags in use by something the API cannot see (a rule, a message); deleting them fails. */
	tagsInUse = new Set<string>();

	tagByName(name: string): FakeTag {
		const existing = [...this.tags.values()].find((tag) => tag.name.toLowerCase() === name.toLowerCase());
		if (existing) return existing;
		const tag: FakeTag = { type: 'tag', id: nextNumericId(), name };
		this.tags.set(tag.id, tag);
		return tag;
	}
}

/**
 * `POST /tags` creates or renames a tag (`id`), or tags or untags companies (`id` or `company_id`) or tags contacts
 * (`users[].id`). Up to 2.15 an unknown company or contact is a 404; from 2.16 it is skipped and reported.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/tags/createtag
 */
const postTags: Handler = ({ store, body, apiVersion }) => {
	if (!body.name) throw new HttpError(400, 'parameter_not_found', 'name is required', 'name');
	const skipsMissing = specVersionFor(apiVersion) === '2.16';
	if (body.id !== undefined) {
		const tag = store.tags.get(String(body.id));
		if (!tag) throw notFound('Tag');
		tag.name = String(body.name);
		return { body: tag };
	}
	const tag = store.tagByName(String(body.name));
	const report: { companies: Json[]; users: Json[] } = { companies: [], users: [] };
	for (const entry of (body.companies ?? []) as Json[]) {
		const company = entry.id
			? store.companies.get(String(entry.id))
			: [...store.companies.values()].find((candidate) => candidate.company_id === entry.company_id);
		if (!company) {
			if (!skipsMissing) throw new HttpError(404, 'company_not_found', 'Company Not Found');
			report.companies.push({ id: String(entry.id ?? entry.company_id), tagged: false });
			continue;
		}
		company.tags.tags = company.tags.tags.filter((existing) => existing.id !== tag.id);
		if (!entry.untag) company.tags.tags.push({ type: 'tag', id: tag.id, name: tag.name });
		report.companies.push({ id: company.id, tagged: !entry.untag });
	}
	for (const entry of (body.users ?? []) as Json[]) {
		const contact = store.contacts.get(String(entry.id));
		if (!contact) {
			if (!skipsMissing) throw new HttpError(404, 'not_found', 'User Not Found');
			report.users.push({ id: String(entry.id), tagged: false });
			continue;
		}
		if (!contact.tags.data.some((existing) => existing.id === tag.id)) {
			contact.tags.data.push({ type: 'tag', id: tag.id });
		}
		report.users.push({ id: contact.id, tagged: true });
	}
	const reported = skipsMissing
		? {
				...(body.companies ? { companies: report.companies } : {}),
				...(body.users ? { users: report.users } : {}),
			}
		: {};
	return { body: { ...tag, ...reported } };
};

const tagOf = (tags: Map<string, FakeTag>, id: string): FakeTag => {
	const tag = tags.get(id);
	if (!tag) throw new HttpError(404, 'tag_not_found', 'Resource Not Found');
	return tag;
};

export const routes: Route[] = [
	route(
		'GET',
		'/tags',
		list('data', ({ store }) => [...store.tags.values()]),
	),
	route('POST', '/tags', postTags),
	route('GET', '/tags/:id', ({ store, params }) => ({ body: tagOf(store.tags, params.id) })),
	route('DELETE', '/tags/:id', ({ store, params }) => {
		const tag = tagOf(store.tags, params.id);
		if (store.tagsInUse.has(tag.id)) {
			throw new HttpError(400, 'tag_has_dependent_objects', 'Unable to delete Tag with dependent objects');
		}
		store.tags.delete(tag.id);
		return { body: undefined };
	}),
];
