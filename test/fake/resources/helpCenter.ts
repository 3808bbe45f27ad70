import { badRequest, HttpError } from '../errors';
import type { Json } from '../records';
import { nextNumericId, now } from '../records';
import { specVersionFor } from '../openapi';
import { numberedPage } from '../paging';
import type { Handler, Route, RouteContext } from '../server';
import type { Store } from '../store';
import { list, route } from './routing';

export interface FakeArticle extends Json {
	type: 'article';
	id: string;
	title: string;
	state: 'published' | 'draft';
	author_id: number;
	parent_id: number | null;
	updated_at: number;
}

export interface FakeCollection extends Json {
	type: 'collection';
	id: string;
	name: string;
	parent_id: string | null;
	help_center_id: number | null;
	updated_at: number;
}

/** Articles, collections (nested through `parent_id`) and help centers. */
export class HelpCenterRecords {
	articles = new Map<string, FakeArticle>();

	collections = new Map<string, FakeCollection>();

	helpCenters: Json[] = [
		{
			type: 'help_center',
			id: '93',
			workspace_id: 'ecahpwf5',
			identifier: 'help',
			display_name: 'Help',
			website_turned_on: true,
		},
		{
			type: 'help_center',
			id: '94',
			workspace_id: 'ecahpwf5',
			identifier: 'partners',
			display_name: 'Partners',
			website_turned_on: false,
		},
	];

	addArticle(fields: Partial<FakeArticle> = {}): FakeArticle {
		const article: FakeArticle = {
			type: 'article',
			id: nextNumericId(),
			workspace_id: 'ecahpwf5',
			title: 'Untitled',
			description: '',
			body: '',
			author_id: 991267460,
			state: 'draft',
			created_at: now(),
			updated_at: now(),
			url: null,
			parent_id: null,
			parent_type: null,
			default_locale: 'en',
			...fields,
		};
		this.articles.set(article.id, article);
		return article;
	}

	addCollection(fields: Partial<FakeCollection> = {}): FakeCollection {
		const collection: FakeCollection = {
			type: 'collection',
			id: nextNumericId(),
			workspace_id: 'ecahpwf5',
			name: 'Untitled',
			description: '',
			created_at: now(),
			updated_at: now(),
			url: null,
			icon: 'book-bookmark',
			order: this.collections.size + 1,
			default_locale: 'en',
			parent_id: null,
			help_center_id: 93,
			...fields,
		};
		this.collections.set(collection.id, collection);
		return collection;
	}
}

const newestFirst = <T extends { updated_at: number }>(records: Iterable<T>) =>
	[...records].sort((a, b) => b.updated_at - a.updated_at);

function recordOf<T>(records: Map<string, T>, id: string, what: string): T {
	const record = records.get(id);
	if (!record) throw new HttpError(404, 'not_found', `${what} Not Found`);
	return record;
}

/** 2.16 shows an article's place as `parent_ids` only; before, `parent_id` and `parent_type` too. */
function shownArticle(article: FakeArticle, apiVersion: string): Json {
	const parentIds = article.parent_id === null ? [] : [article.parent_id];
	if (specVersionFor(apiVersion) !== '2.16') return { ...article, parent_ids: parentIds };
	const { parent_id: _id, parent_type: _type, ...rest } = article;
	return { ...rest, parent_ids: parentIds };
}

function checkAuthor(store: Store, authorId: unknown): void {
	if (authorId !== undefined && !store.admins.some((admin) => admin.id === String(authorId))) {
		throw new HttpError(
			400,
			'parameter_invalid',
			'author_id must be a teammate of the workspace',
			'author_id',
		);
	}
}

function checkParent(store: Store, parentId: unknown): void {
	if (parentId !== undefined && parentId !== null && !store.collections.has(String(parentId))) {
		throw new HttpError(404, 'not_found', 'Collection Not Found', 'parent_id');
	}
}

const articleFields = (body: Json): Json => {
	if (body.body !== undefined && body.body_markdown !== undefined)
		throw badRequest('body and body_markdown are exclusive');
	const { parent_id: parentId, ...rest } = body;
	return {
		...rest,
		...(parentId !== undefined ? { parent_id: parentId === null ? null : Number(parentId) } : {}),
	};
};

const createArticle: Handler = ({ store, body, apiVersion }) => {
	checkAuthor(store, body.author_id);
	checkParent(store, body.parent_id);
	const article = store.addArticle({ state: 'draft', ...articleFields(body) });
	return { body: shownArticle(article, apiVersion) };
};

const updateArticle: Handler = ({ store, params, body, apiVersion }) => {
	const article = recordOf(store.articles, params.id, 'Article');
	checkAuthor(store, body.author_id);
	checkParent(store, body.parent_id);
	Object.assign(article, articleFields(body), { updated_at: now() });
	return { body: shownArticle(article, apiVersion) };
};

/** `GET /articles/search`: every article whose title or body holds the phrase, with highlights on request. */
const searchArticles: Handler = ({ store, query, apiVersion }) => {
	const phrase = (query.phrase ?? '').toLowerCase();
	const state = query.state ?? 'published';
	const inHelpCenter = (article: FakeArticle) => {
		if (!query.help_center_id || article.parent_id === null) return !query.help_center_id;
		return String(store.collections.get(String(article.parent_id))?.help_center_id) === query.help_center_id;
	};
	const found = newestFirst(store.articles.values()).filter(
		(article) =>
			(state === 'all' || article.state === state) &&
			inHelpCenter(article) &&
			`${article.title} ${String(article.body ?? '')}`.toLowerCase().includes(phrase),
	);
	return {
		body: {
			type: 'list',
			total_count: found.length,
			data: {
				articles: found.map((article) => shownArticle(article, apiVersion)),
				...(query.highlight === 'true'
					? {
							highlights: found.map((article) => ({
								article_id: article.id,
								highlighted_title: [{ type: 'highlight', text: article.title }],
								highlighted_summary: [],
							})),
						}
					: {}),
			},
			pages: { type: 'pages', page: 1, per_page: found.length, total_pages: 1 },
		},
	};
};

const collectionFields = (context: RouteContext): Json => {
	const { store, body } = context;
	checkParent(store, body.parent_id);
	if (body.help_center_id !== undefined && body.help_center_id !== null) {
		if (!store.helpCenters.some((center) => center.id === String(body.help_center_id))) {
			throw new HttpError(404, 'not_found', 'Help Center Not Found', 'help_center_id');
		}
	}
	return body;
};

export const routes: Route[] = [
	route('GET', '/articles', ({ store, query, apiVersion }) => ({
		body: numberedPage(
			newestFirst(store.articles.values()).map((article) => shownArticle(article, apiVersion)),
			query.page,
			query.per_page,
			15,
		),
	})),
	route('POST', '/articles', createArticle),
	route('GET', '/articles/search', searchArticles),
	route('GET', '/articles/:id', ({ store, params, apiVersion }) => ({
		body: shownArticle(recordOf(store.articles, params.id, 'Article'), apiVersion),
	})),
	route('PUT', '/articles/:id', updateArticle),
	route('DELETE', '/articles/:id', ({ store, params }) => {
		recordOf(store.articles, params.id, 'Article');
		store.articles.delete(params.id);
		return { body: { id: params.id, object: 'article', deleted: true } };
	}),
	route('GET', '/help_center/collections', ({ store, query }) => ({
		body: numberedPage(newestFirst(store.collections.values()), query.page, query.per_page, 15),
	})),
	route('POST', '/help_center/collections', (context) => ({
		body: context.store.addCollection(collectionFields(context)),
	})),
	route('GET', '/help_center/collections/:id', ({ store, params }) => ({
		body: recordOf(store.collections, params.id, 'Collection'),
	})),
	route('PUT', '/help_center/collections/:id', (context) => {
		const collection = recordOf(context.store.collections, context.params.id, 'Collection');
		if (context.body.parent_id === collection.id)
			throw badRequest('A collection cannot be its own parent', 'parent_id');
		Object.assign(collection, collectionFields(context), { updated_at: now() });
		return { body: collection };
	}),
	route('DELETE', '/help_center/collections/:id', ({ store, params }) => {
		recordOf(store.collections, params.id, 'Collection');
		store.collections.delete(params.id);
		return { body: { id: params.id, object: 'collection', deleted: true } };
	}),
	route(
		'GET',
		'/help_center/help_centers',
		list('data', ({ store }) => store.helpCenters),
	),
	route('GET', '/help_center/help_centers/:id', ({ store, params }) => {
		const center = store.helpCenters.find((candidate) => candidate.id === params.id);
		if (!center) throw new HttpError(404, 'not_found', 'Help Center Not Found');
		return { body: center };
	}),
];
