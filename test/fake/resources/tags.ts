import { HttpError } from '../errors';
import type { FakeTag, Json } from '../records';
import { nextNumericId } from '../records';
import type { Handler } from '../server';
import { list, route } from './routing';

export class TagRecords {
	tags = new Map<string, FakeTag>();

	tagByName(name: string): FakeTag {
		const existing = [...this.tags.values()].find((tag) => tag.name.toLowerCase() === name.toLowerCase());
		if (existing) return existing;
		const tag: FakeTag = { type: 'tag', id: nextNumericId(), name };
		this.tags.set(tag.id, tag);
		return tag;
	}
}

/** `POST /tags` creates a tag, or tags/untags companies by `id` or `company_id`. */
const tagCompanies: Handler = ({ store, body }) => {
	if (!body.name) throw new HttpError(400, 'parameter_not_found', 'name is required', 'name');
	const tag = store.tagByName(String(body.name));
	for (const entry of (body.companies ?? []) as Json[]) {
		const company = entry.id
			? store.companies.get(String(entry.id))
			: [...store.companies.values()].find((candidate) => candidate.company_id === entry.company_id);
		if (!company) throw new HttpError(404, 'company_not_found', 'Company Not Found');
		company.tags.tags = company.tags.tags.filter((existing) => existing.id !== tag.id);
		if (!entry.untag) company.tags.tags.push({ type: 'tag', id: tag.id, name: tag.name });
	}
	return { body: tag };
};

export const routes = [
	route(
		'GET',
		'/tags',
		list('data', ({ store }) => [...store.tags.values()]),
	),
	route('POST', '/tags', tagCompanies),
];
