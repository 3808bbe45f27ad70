import { jsonOf, run, useFakeIntercom } from './setup';

const byList = (value: string) => ({ __rl: true, mode: 'list', value });
const byUrl = (value: string) => ({ __rl: true, mode: 'url', value });

describe('Help Center', () => {
	const fake = useFakeIntercom();

	describe('Article', () => {
		it('creates a published article by the token’s admin, in a collection, with a translation', async () => {
			const billing = fake.store.addCollection({ name: 'Billing' });
			const result = await run(fake, {
				resource: 'article',
				operation: 'create',
				title: 'Change your plan',
				description: 'Upgrade or downgrade',
				body: '<p>Open Settings › Billing.</p>',
				state: 'published',
				collectionId: billing.id,
				translations: {
					translation: [
						{ locale: 'fr', title: 'Changer de formule', body: '<p>Ouvrez Réglages.</p>', state: 'draft' },
					],
				},
			});
			expect(result.error).toBeUndefined();
			expect(fake.calls('POST', '/articles')[0].body).toEqual({
				title: 'Change your plan',
				author_id: 991267460,
				state: 'published',
				description: 'Upgrade or downgrade',
				body: '<p>Open Settings › Billing.</p>',
				parent_id: Number(billing.id),
				parent_type: 'collection',
				translated_content: {
					type: 'article_translated_content',
					fr: {
						type: 'article_content',
						title: 'Changer de formule',
						body: '<p>Ouvrez Réglages.</p>',
						state: 'draft',
						author_id: 991267460,
					},
				},
			});
			expect(fake.calls('GET', '/me')).toHaveLength(1);
			expect(jsonOf(result)[0]).toMatchObject({
				title: 'Change your plan',
				parent_ids: [Number(billing.id)],
			});
		});

		it('updates an article given by its URL, moving it (the id as text) and changing author', async () => {
			const article = fake.store.addArticle({ title: 'Old' });
			const faq = fake.store.addCollection({ name: 'FAQ' });
			const result = await run(fake, {
				resource: 'article',
				operation: 'update',
				article: byUrl(`https://help.example.com/en/articles/${article.id}-old`),
				updateFields: { title: 'New', authorId: '991267461', collectionId: faq.id, state: 'published' },
			});
			expect(result.error).toBeUndefined();
			expect(fake.calls('PUT', `/articles/${article.id}`)[0].body).toEqual({
				title: 'New',
				state: 'published',
				author_id: 991267461,
				parent_id: faq.id,
				parent_type: 'collection',
			});
			expect(article).toMatchObject({ title: 'New', parent_id: Number(faq.id), author_id: 991267461 });
		});

		it('gets and deletes an article; 2.16 shows only parent_ids', async () => {
			const article = fake.store.addArticle({ title: 'Doomed', parent_id: 5, parent_type: 'collection' });
			const got = await run(
				fake,
				{ resource: 'article', operation: 'get', article: byList(article.id) },
				{ apiVersion: '2.16' },
			);
			expect(jsonOf(got)[0]).toMatchObject({ title: 'Doomed', parent_ids: [5] });
			expect(jsonOf(got)[0]).not.toHaveProperty('parent_id');
			const deleted = await run(fake, {
				resource: 'article',
				operation: 'delete',
				article: byList(article.id),
			});
			expect(jsonOf(deleted)).toEqual([{ id: article.id, object: 'article', deleted: true }]);
			expect(fake.store.articles.size).toBe(0);
		});

		it('lists every article across numbered pages, or up to a limit', async () => {
			for (let n = 0; n < 120; n++)
				fake.store.addArticle({ title: `Article ${n}`, updated_at: 1714557600 + n });
			const all = await run(fake, { resource: 'article', operation: 'getAll', returnAll: true });
			expect(jsonOf(all)).toHaveLength(120);
			expect(new Set(jsonOf(all).map((article) => article.id)).size).toBe(120);
			expect(fake.calls('GET', '/articles').map((call) => call.query.page)).toEqual(['1', '2', '3']);
			fake.requests.length = 0;
			const some = await run(fake, { resource: 'article', operation: 'getAll', limit: 7 });
			expect(jsonOf(some).map((article) => article.title)).toEqual(
				Array.from({ length: 7 }, (_, n) => `Article ${119 - n}`),
			);
			expect(fake.calls('GET', '/articles')).toHaveLength(1);
		});

		it('searches by phrase, state and help center, with highlights attached to each article', async () => {
			const partners = fake.store.addCollection({ name: 'Partners', help_center_id: 94 });
			fake.store.addArticle({
				title: 'Reset your password',
				state: 'published',
				parent_id: Number(partners.id),
			});
			fake.store.addArticle({
				title: 'Reset your password (draft)',
				state: 'draft',
				parent_id: Number(partners.id),
			});
			fake.store.addArticle({ title: 'Reset 2FA', state: 'published' });
			const result = await run(fake, {
				resource: 'article',
				operation: 'search',
				phrase: 'password',
				state: 'published',
				helpCenterId: '94',
				highlight: true,
			});
			expect(fake.calls('GET', '/articles/search')[0].query).toEqual({
				phrase: 'password',
				state: 'published',
				help_center_id: '94',
				highlight: 'true',
			});
			expect(jsonOf(result)).toEqual([
				expect.objectContaining({
					title: 'Reset your password',
					highlight: expect.objectContaining({
						highlighted_title: [{ type: 'highlight', text: 'Reset your password' }],
					}),
				}),
			]);
		});

		it.each([
			[{ operation: 'create', title: ' ' }, '"Title" is empty'],
			[
				{ operation: 'create', title: 'T', adminId: 'dana' },
				'"Author Name or ID" expects an Intercom ID made of digits, but got text "dana"',
			],
			[
				{ operation: 'create', title: 'T', translations: { translation: [{ locale: 'fr', title: '' }] } },
				'Translation "fr" has no title',
			],
			[
				{
					operation: 'create',
					title: 'T',
					adminId: '1',
					translations: {
						translation: [
							{ locale: 'fr', title: 'a' },
							{ locale: 'fr', title: 'b' },
						],
					},
				},
				'Translation "fr" is given twice',
			],
			[{ operation: 'update', article: byList('42'), updateFields: {} }, 'nothing to update'],
			[{ operation: 'get', article: byList('how-to') }, '"Article" must be an article ID or URL'],
		])('refuses %o before any call', async (parameters, message) => {
			const result = await run(fake, { resource: 'article', ...parameters });
			expect(result.error?.message).toContain(message);
			expect(fake.requests).toHaveLength(0);
		});
	});

	describe('Collection', () => {
		it('creates a nested collection in a help center, with a translation', async () => {
			const parent = fake.store.addCollection({ name: 'Billing' });
			await run(fake, {
				resource: 'collection',
				operation: 'create',
				name: 'Invoices',
				description: 'Everything about invoices',
				parentId: parent.id,
				helpCenterId: '93',
				translations: { translation: [{ locale: 'de', name: 'Rechnungen' }] },
			});
			expect(fake.calls('POST', '/help_center/collections')[0].body).toEqual({
				name: 'Invoices',
				description: 'Everything about invoices',
				parent_id: parent.id,
				help_center_id: 93,
				translated_content: {
					type: 'group_translated_content',
					de: { type: 'group_content', name: 'Rechnungen' },
				},
			});
		});

		it('lists collections with their parent and path, even past the limit', async () => {
			const root = fake.store.addCollection({ name: 'Billing', updated_at: 1 });
			const child = fake.store.addCollection({ name: 'Invoices', parent_id: root.id, updated_at: 2 });
			fake.store.addCollection({ name: 'PDFs', parent_id: child.id, updated_at: 3 });
			const result = await run(fake, { resource: 'collection', operation: 'getAll', limit: 1 });
			expect(jsonOf(result)).toEqual([
				expect.objectContaining({
					name: 'PDFs',
					parent: { id: child.id, name: 'Invoices' },
					path: 'Billing › Invoices › PDFs',
				}),
			]);
		});

		it('moves a collection to the top level, gets it and deletes it', async () => {
			const root = fake.store.addCollection({ name: 'Billing' });
			const child = fake.store.addCollection({ name: 'Invoices', parent_id: root.id });
			await run(fake, {
				resource: 'collection',
				operation: 'update',
				collection: byList(child.id),
				updateFields: { parentId: '', name: 'All invoices' },
			});
			expect(fake.calls('PUT', `/help_center/collections/${child.id}`)[0].body).toEqual({
				name: 'All invoices',
				parent_id: null,
			});
			const got = await run(fake, { resource: 'collection', operation: 'get', collection: byList(child.id) });
			expect(jsonOf(got)[0]).toMatchObject({ name: 'All invoices', parent_id: null });
			const deleted = await run(fake, {
				resource: 'collection',
				operation: 'delete',
				collection: byList(child.id),
			});
			expect(jsonOf(deleted)).toEqual([{ id: child.id, object: 'collection', deleted: true }]);
		});

		it('refuses a collection as its own parent before any call', async () => {
			const result = await run(fake, {
				resource: 'collection',
				operation: 'update',
				collection: byList('77'),
				updateFields: { parentId: '77' },
			});
			expect(result.error?.message).toBe('A collection cannot be its own parent');
			expect(fake.requests).toHaveLength(0);
		});
	});

	it('Help Center: gets one and lists them', async () => {
		const one = await run(fake, { resource: 'helpCenter', operation: 'get', helpCenterId: '94' });
		expect(jsonOf(one)[0]).toMatchObject({ display_name: 'Partners' });
		const all = await run(fake, { resource: 'helpCenter', operation: 'getAll', returnAll: true });
		expect(jsonOf(all).map((center) => center.id)).toEqual(['93', '94']);
	});
});
