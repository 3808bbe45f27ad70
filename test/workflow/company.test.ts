import { byId, jsonOf, run, useFakeIntercom } from './setup';

const byCompanyId = (value: string) => ({ __rl: true, mode: 'companyId', value });
const byName = (value: string) => ({ __rl: true, mode: 'name', value });

describe('Company', () => {
	const fake = useFakeIntercom();

	it('creates, then updates the company with the same company_id', async () => {
		const parameters = {
			resource: 'company',
			operation: 'upsert',
			companyId: 'acme',
			name: 'Acme',
			additionalFields: {
				plan: 'Pro',
				size: 42,
				monthlySpend: 99.7,
				website: 'https://acme.test',
				remoteCreatedAt: '2020-01-01T00:00:00Z',
			},
			customAttributes: { attribute: [{ name: 'tier', value: 'gold' }] },
		};
		const created = await run(fake, parameters);
		expect(fake.calls('POST', '/companies')[0].body).toEqual({
			company_id: 'acme',
			name: 'Acme',
			plan: 'Pro',
			size: 42,
			monthly_spend: 99,
			website: 'https://acme.test',
			remote_created_at: 1577836800,
			custom_attributes: { tier: 'gold' },
		});
		const updated = await run(fake, { ...parameters, name: 'Acme Inc.' });
		expect(jsonOf(updated)[0].id).toBe(jsonOf(created)[0].id);
		expect(fake.store.companies.size).toBe(1);
		expect(jsonOf(updated)[0]).toMatchObject({ name: 'Acme Inc.', plan: { name: 'Pro' } });
	});

	it('refuses a monthly spend Intercom cannot store', async () => {
		const result = await run(fake, {
			resource: 'company',
			operation: 'upsert',
			companyId: 'acme',
			additionalFields: { monthlySpend: 3e9 },
		});
		expect(result.error?.message).toBe('"Monthly Spend" is 3000000000; Intercom allows at most 2147483647');
		expect(fake.requests).toHaveLength(0);
	});

	it('gets a company by Intercom id, company_id and name; a missing one is a clear error', async () => {
		const company = fake.store.addCompany({ company_id: 'acme', name: 'Acme' });
		const results = await Promise.all([
			run(fake, { resource: 'company', operation: 'get', company: byId(company.id) }),
			run(fake, { resource: 'company', operation: 'get', company: byCompanyId('acme') }),
			run(fake, { resource: 'company', operation: 'get', company: byName('Acme'), simplify: true }),
		]);
		expect(results.map((result) => jsonOf(result)[0].id)).toEqual([company.id, company.id, company.id]);
		expect(jsonOf(results[2])[0]).not.toHaveProperty('session_count');

		const missing = await run(fake, { resource: 'company', operation: 'get', company: byCompanyId('nope') });
		expect(missing.error?.message).toBe('Intercom: Company Not Found');
		expect(missing.error?.httpCode).toBe('404');
	});

	it('lists up to a limit with the page-numbered list, and all with the scroll API', async () => {
		fake.store.seedCompanies(260);
		const limited = await run(fake, {
			resource: 'company',
			operation: 'getAll',
			returnAll: false,
			limit: 120,
		});
		expect(limited.items).toHaveLength(120);
		expect(
			fake.calls('POST', '/companies/list').map((call) => [call.query.page, call.query.per_page]),
		).toEqual([
			['1', '50'],
			['2', '50'],
			['3', '20'],
		]);

		const all = await run(fake, { resource: 'company', operation: 'getAll', returnAll: true });
		expect(all.items).toHaveLength(260);
		const scrolls = fake.calls('GET', '/companies/scroll');
		expect(scrolls).toHaveLength(7);
		expect(scrolls[0].query.scroll_param).toBeUndefined();
		expect(scrolls[1].query.scroll_param).toEqual(expect.any(String));
	});

	it('filters by tag', async () => {
		const [tagged] = fake.store.seedCompanies(3);
		const tag = fake.store.tagByName('Enterprise');
		tagged.tags.tags.push({ type: 'tag', id: tag.id, name: tag.name });
		const result = await run(fake, {
			resource: 'company',
			operation: 'getAll',
			returnAll: true,
			filters: { tagId: tag.id },
		});
		expect(jsonOf(result).map((company) => company.id)).toEqual([tagged.id]);
		expect(fake.calls('GET', '/companies')[0].query).toMatchObject({ tag_id: tag.id, page: '1' });
	});

	it('tags and untags a company by tag name', async () => {
		const company = fake.store.addCompany({ company_id: 'acme' });
		const tagged = await run(fake, {
			resource: 'company',
			operation: 'addTag',
			company: byCompanyId('acme'),
			tagName: 'Churn risk',
			createTagIfMissing: true,
		});
		expect(fake.calls('POST', '/tags')[0].body).toEqual({
			name: 'Churn risk',
			companies: [{ id: company.id }],
		});
		expect(jsonOf(tagged)[0]).toMatchObject({ type: 'tag', name: 'Churn risk' });
		expect(company.tags.tags.map((tag) => tag.name)).toEqual(['Churn risk']);

		await run(fake, {
			resource: 'company',
			operation: 'removeTag',
			company: byId(company.id),
			tagName: 'Churn risk',
		});
		expect(fake.calls('POST', '/tags')[1].body).toEqual({
			name: 'Churn risk',
			companies: [{ id: company.id, untag: true }],
		});
		expect(company.tags.tags).toEqual([]);
	});

	it('lists the contacts and segments of a company, and deletes it', async () => {
		const company = fake.store.addCompany({ company_id: 'acme' });
		const members = fake.store.seedContacts(70);
		for (const member of members) fake.store.contactCompanies.set(member.id, [company.id]);

		const contacts = await run(fake, {
			resource: 'company',
			operation: 'getContacts',
			company: byId(company.id),
			returnAll: true,
		});
		expect(contacts.items).toHaveLength(70);
		expect(fake.calls('GET', `/companies/${company.id}/contacts`)).toHaveLength(2);

		const segments = await run(fake, {
			resource: 'company',
			operation: 'getSegments',
			company: byId(company.id),
		});
		expect(jsonOf(segments)).toEqual([expect.objectContaining({ type: 'segment' })]);

		const deleted = await run(fake, {
			resource: 'company',
			operation: 'delete',
			company: byCompanyId('acme'),
		});
		expect(jsonOf(deleted)).toEqual([{ id: company.id, object: 'company', deleted: true }]);
	});

	it('tags the companies of many items with one call per tag name, each output paired with its item', async () => {
		const companies = fake.store.seedCompanies(5);
		fake.store.tagByName('VIP');
		const tagNames = ['VIP', 'VIP', 'Gold', 'VIP', 'Gold'];
		const result = await run(
			fake,
			{
				resource: 'company',
				operation: 'addTag',
				company: { __rl: true, mode: 'companyId', value: '={{ $json.companyId }}' },
				tagName: '={{ $json.tag }}',
				createTagIfMissing: true,
			},
			{ items: companies.map((company, index) => ({ companyId: company.company_id, tag: tagNames[index] })) },
		);
		expect(result.error).toBeUndefined();
		expect(fake.calls('POST', '/tags').map((call) => call.body)).toEqual([
			{ name: 'VIP', companies: [0, 1, 3].map((index) => ({ id: companies[index].id })) },
			{ name: 'Gold', companies: [2, 4].map((index) => ({ id: companies[index].id })) },
		]);
		expect(result.items.map((item) => [item.json.name, item.pairedItem])).toEqual(
			tagNames.map((name, index) => [name, { item: index }]),
		);
		expect(companies.map((company) => company.tags.tags.map((tag) => tag.name))).toEqual(
			tagNames.map((name) => [name]),
		);
	});

	it('refuses a tag name no tag has unless asked to create it, and never creates one to remove it', async () => {
		const [company] = fake.store.seedCompanies(1);
		const add = await run(fake, {
			resource: 'company',
			operation: 'addTag',
			company: byId(company.id),
			tagName: 'Churn rsik',
		});
		expect(add.error?.message).toBe('"Tag Name or ID": no tag is named "Churn rsik"');
		expect(add.error?.description).toContain('Create Tag If Missing');
		const remove = await run(fake, {
			resource: 'company',
			operation: 'removeTag',
			company: byId(company.id),
			tagName: 'Churn rsik',
		});
		expect(remove.error?.message).toBe('"Tag Name or ID": no tag is named "Churn rsik"');
		expect(fake.calls('POST', '/tags')).toHaveLength(0);
		expect(fake.store.tags.size).toBe(0);
	});

	it('keeps going past items that fail in a batch, each failure paired with its item', async () => {
		const [first, third] = fake.store.seedCompanies(2);
		fake.store.tagByName('VIP');
		const result = await run(
			fake,
			{
				resource: 'company',
				operation: 'addTag',
				company: { __rl: true, mode: 'companyId', value: '={{ $json.companyId }}' },
				tagName: '={{ $json.tag }}',
			},
			{
				items: [
					{ companyId: first.company_id, tag: 'VIP' },
					{ companyId: 'no-such-company', tag: 'VIP' },
					{ companyId: third.company_id, tag: 'Typo' },
				],
				onError: 'continueErrorOutput',
			},
		);
		expect(result.items.map((item) => [item.json.name, item.pairedItem])).toEqual([['VIP', { item: 0 }]]);
		expect(result.errorItems.map((item) => [item.json.error, item.pairedItem])).toEqual([
			['Intercom: Company Not Found', { item: 1 }],
			['"Tag Name or ID": no tag is named "Typo"', { item: 2 }],
		]);
		expect(fake.calls('POST', '/tags').map((call) => call.body)).toEqual([
			{ name: 'VIP', companies: [{ id: first.id }] },
		]);
	});
});
