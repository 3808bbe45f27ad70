import { loadOptionsContext, tokenCredentials } from '../harness/runWorkflow';
import { useFakeIntercom } from './setup';
import { listSearch, loadOptions } from '../../nodes/Intercom/methods';

describe('Pickers loaded from the API', () => {
	const fake = useFakeIntercom();
	const context = () =>
		loadOptionsContext({
			parameters: { resource: 'contact', operation: 'create' },
			credentials: tokenCredentials(fake.url, fake.token),
		});

	it('lists admins, tags, segments, subscription types and writable custom attributes', async () => {
		fake.store.tagByName('VIP');
		const ctx = context();
		expect(await loadOptions.getAdmins.call(ctx)).toEqual([
			{ name: 'Ciaran Lee', value: '991267460', description: 'ciaran@example.com' },
			{ name: 'Dana Scully', value: '991267461', description: 'dana@example.com' },
		]);
		expect(
			(await loadOptions.getActingAdmins.call(ctx)).map((option) => [option.name, option.value]),
		).toEqual([
			["The Token's Own Admin", ''],
			['Ciaran Lee', '991267460'],
			['Dana Scully', '991267461'],
		]);
		expect(await loadOptions.getTeams.call(ctx)).toEqual([
			{ name: 'Billing', value: '814866' },
			{ name: 'Support', value: '814865' },
		]);
		expect(await loadOptions.getTags.call(ctx)).toEqual([{ name: 'VIP', value: expect.any(String) }]);
		expect(await loadOptions.getTagNames.call(ctx)).toEqual([{ name: 'VIP', value: 'VIP' }]);
		expect((await loadOptions.getSegments.call(ctx)).map((option) => option.name)).toEqual([
			'Active users',
			'New leads',
		]);
		expect(await loadOptions.getSubscriptionTypes.call(ctx)).toEqual([
			{ name: 'Newsletters', value: '37846', description: 'Monthly news' },
		]);
		expect((await loadOptions.getContactAttributes.call(ctx)).map((option) => option.value)).toEqual([
			'paid_at',
			'plan',
		]);
		expect((await loadOptions.getCompanyAttributes.call(ctx)).map((option) => option.value)).toEqual([
			'tier',
		]);
		const fields = await loadOptions.getContactSearchFields.call(ctx);
		expect(fields.map((option) => option.value)).toEqual(
			expect.arrayContaining(['email', 'created_at', 'custom_attributes.plan', 'custom_attributes.paid_at']),
		);
		expect(fake.requests.every((request) => request.headers.authorization === `Bearer ${fake.token}`)).toBe(
			true,
		);
	});

	it('searches contacts on the server and pages with the cursor', async () => {
		fake.store.seedContacts(120, 'acme');
		fake.store.seedContacts(5, 'other');
		const first = await listSearch.searchContacts.call(context(), 'acme');
		expect(first.results).toHaveLength(50);
		expect(first.results[0]).toEqual({ name: 'Seed 0 <acme-0@example.com>', value: expect.any(String) });
		const second = await listSearch.searchContacts.call(context(), 'acme', first.paginationToken);
		const third = await listSearch.searchContacts.call(context(), 'acme', second.paginationToken);
		expect(third.results).toHaveLength(20);
		expect(third.paginationToken).toBeUndefined();
		const body = fake.calls('POST', '/contacts/search')[1].body as { pagination: { starting_after: string } };
		expect(body.pagination.starting_after).toBe(first.paginationToken);
	});

	it('lists companies page by page, filtered by name', async () => {
		fake.store.seedCompanies(60);
		const first = await listSearch.searchCompanies.call(context());
		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toBe('2');
		const filtered = await listSearch.searchCompanies.call(context(), 'company 5', '2');
		expect(filtered.results.map((result) => result.name)).toEqual([
			'Company 50 (co-50)',
			'Company 51 (co-51)',
			'Company 52 (co-52)',
			'Company 53 (co-53)',
			'Company 54 (co-54)',
			'Company 55 (co-55)',
			'Company 56 (co-56)',
			'Company 57 (co-57)',
			'Company 58 (co-58)',
			'Company 59 (co-59)',
		]);
	});

	it('lists away reasons, tags or none, help centers, and collections and articles by name', async () => {
		fake.store.tagByName('VIP');
		const billing = fake.store.addCollection({ name: 'Billing' });
		const invoices = fake.store.addCollection({ name: 'Invoices', parent_id: billing.id });
		const article = fake.store.addArticle({ title: 'Change your plan', state: 'draft' });
		const ctx = context();
		expect(await loadOptions.getAwayReasons.call(ctx)).toEqual([
			{ name: 'None', value: '' },
			{ name: '☕ On a break', value: '12345' },
			{ name: '📅 In a meeting', value: '12346' },
		]);
		expect((await loadOptions.getTagsOrNone.call(ctx)).map((option) => option.name)).toEqual(['None', 'VIP']);
		expect(await loadOptions.getHelpCenters.call(ctx)).toEqual([
			{ name: 'Help', value: '93' },
			{ name: 'Partners', value: '94' },
		]);
		expect(await loadOptions.getCollections.call(ctx)).toEqual([
			{ name: 'None', value: '' },
			{ name: 'Billing', value: billing.id },
			{ name: 'Billing › Invoices', value: invoices.id },
		]);
		expect((await listSearch.searchCollections.call(ctx, 'invo')).results).toEqual([
			{ name: 'Billing › Invoices', value: invoices.id },
		]);
		expect((await listSearch.searchArticles.call(ctx)).results).toEqual([
			{ name: 'Change your plan (draft)', value: article.id, url: undefined },
		]);
		expect((await listSearch.searchArticles.call(ctx, 'plan')).results.map((result) => result.value)).toEqual(
			[article.id],
		);
		expect((await listSearch.searchArticles.call(ctx, 'nothing')).results).toEqual([]);
	});

	it('lists the custom data attributes of the model chosen in the node, archived ones marked', async () => {
		fake.store.dataAttributes.push({
			type: 'data_attribute',
			id: 77,
			model: 'company',
			name: 'legacy',
			label: 'Legacy',
			data_type: 'string',
			custom: true,
			archived: true,
		});
		const ctx = loadOptionsContext({
			parameters: { resource: 'dataAttribute', operation: 'update', model: 'company' },
			credentials: tokenCredentials(fake.url, fake.token),
		});
		expect(await loadOptions.getCustomDataAttributes.call(ctx)).toEqual([
			{ name: 'Legacy (archived)', value: '77', description: 'legacy · string' },
			{ name: 'Tier', value: '5', description: 'tier · string' },
		]);
	});
});
