import { loadOptionsContext, tokenCredentials } from '../harness/runWorkflow';
import { loadOptions } from '../../nodes/Intercom/methods';
import { jsonOf, run, useFakeIntercom } from './setup';

describe('News and internal articles', () => {
	const fake = useFakeIntercom();
	const TOKEN_OWNER = 991267460;

	it('creates a live news item in the chosen newsfeeds, from the token’s own admin, lists split', async () => {
		const created = await run(fake, {
			resource: 'news',
			operation: 'createItem',
			title: 'Dark mode is here',
			additionalFields: {
				body: '<p>Try it</p>',
				state: 'live',
				labels: 'Product, Update, Product',
				reactions: '👍, 🎉',
				newsfeedIds: ['68', '69'],
				deliverSilently: true,
			},
		});
		expect(created.error).toBeUndefined();
		expect(fake.calls('POST', '/news/news_items')[0].body).toEqual({
			title: 'Dark mode is here',
			sender_id: TOKEN_OWNER,
			body: '<p>Try it</p>',
			state: 'live',
			deliver_silently: true,
			labels: ['Product', 'Update'],
			reactions: ['👍', '🎉'],
			newsfeed_assignments: [{ newsfeed_id: 68 }, { newsfeed_id: 69 }],
		});
		expect(jsonOf(created)[0]).toMatchObject({ type: 'news-item' });
	});

	it('updates a news item with its title and sender, as Intercom needs them every time', async () => {
		const updated = await run(fake, {
			resource: 'news',
			operation: 'updateItem',
			newsItemId: '29',
			title: 'Dark mode, revised',
			adminId: '991267461',
			updateFields: { state: 'draft' },
		});
		expect(updated.error).toBeUndefined();
		expect(fake.calls('PUT', '/news/news_items/29')[0].body).toEqual({
			title: 'Dark mode, revised',
			sender_id: 991267461,
			state: 'draft',
		});
	});

	it('refuses a newsfeed ID that is not digits, naming the field, before any call', async () => {
		const result = await run(fake, {
			resource: 'news',
			operation: 'createItem',
			title: 'Hello',
			adminId: '991267460',
			additionalFields: { newsfeedIds: ['Visitor Feed'] },
		});
		expect(result.error?.message).toContain('Newsfeed Names or IDs');
		expect(fake.requests).toHaveLength(0);
	});

	it('reads items and newsfeeds, and offers them in pickers', async () => {
		const items = await run(fake, {
			resource: 'news',
			operation: 'getManyItems',
			returnAll: false,
			limit: 1,
		});
		const live = await run(fake, {
			resource: 'news',
			operation: 'getNewsfeedItems',
			newsfeedId: '68',
			returnAll: true,
		});
		const feed = await run(fake, { resource: 'news', operation: 'getNewsfeed', newsfeedId: '68' });
		expect(jsonOf(items)).toHaveLength(1);
		expect(live.error).toBeUndefined();
		expect(fake.calls('GET', '/news/newsfeeds/68/items')).toHaveLength(1);
		expect(jsonOf(feed)[0]).toMatchObject({ type: 'newsfeed' });

		const context = loadOptionsContext({
			parameters: { resource: 'news', operation: 'getItem' },
			credentials: tokenCredentials(fake.url, fake.token),
		});
		expect((await loadOptions.getNewsfeeds.call(context)).map((option) => option.name)).toContain(
			'Visitor Feed',
		);
		expect((await loadOptions.getNewsItems.call(context))[0]).toMatchObject({
			value: '29',
			description: 'draft',
		});
	});

	it('writes an internal article by the token’s admin, and updates only what is given', async () => {
		const created = await run(fake, {
			resource: 'internalArticle',
			operation: 'create',
			title: 'How we handle refunds',
			body: '<p>Within 30 days</p>',
		});
		expect(created.error).toBeUndefined();
		expect(fake.calls('POST', '/internal_articles')[0].body).toEqual({
			title: 'How we handle refunds',
			body: '<p>Within 30 days</p>',
			author_id: TOKEN_OWNER,
			owner_id: TOKEN_OWNER,
		});
		const updated = await run(fake, {
			resource: 'internalArticle',
			operation: 'update',
			internalArticleId: '39',
			updateFields: { ownerId: '991267461' },
		});
		expect(updated.error).toBeUndefined();
		expect(fake.calls('PUT', '/internal_articles/39')[0].body).toEqual({ owner_id: 991267461 });
	});

	it('searches internal articles of a folder, their list one level deeper', async () => {
		const found = await run(fake, {
			resource: 'internalArticle',
			operation: 'search',
			folderId: '12',
			returnAll: true,
		});
		expect(fake.calls('GET', '/internal_articles/search')[0].query).toEqual({ folder_id: '12' });
		expect(jsonOf(found)[0]).toMatchObject({ id: '55' });
	});
});
