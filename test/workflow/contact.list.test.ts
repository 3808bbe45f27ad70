import { jsonOf, run, useFakeIntercom } from './setup';

const condition = (field: string, operator: string, value: string) => ({ field, operator, value });

describe('Contact: get many and search', () => {
	const fake = useFakeIntercom();

	it('returns all contacts over more than ten pages of 150, following the cursor', async () => {
		fake.store.seedContacts(1_600);
		const result = await run(fake, { resource: 'contact', operation: 'getAll', returnAll: true });
		expect(result.items).toHaveLength(1_600);
		const calls = fake.calls('GET', '/contacts');
		expect(calls).toHaveLength(11);
		expect(calls.every((call) => call.query.per_page === '150')).toBe(true);
		expect(calls[0].query.starting_after).toBeUndefined();
		expect(calls[1].query.starting_after).toEqual(expect.any(String));
		expect(new Set(jsonOf(result).map((contact) => contact.id)).size).toBe(1_600);
	});

	it('stops at the limit and asks only for what it needs', async () => {
		fake.store.seedContacts(400);
		const result = await run(fake, {
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 170,
			simplify: true,
		});
		expect(result.items).toHaveLength(170);
		expect(fake.calls('GET', '/contacts').map((call) => call.query.per_page)).toEqual(['150', '20']);
		expect(Object.keys(jsonOf(result)[0])).toEqual(expect.arrayContaining(['id', 'email', 'tags']));
	});

	it('builds AND/OR groups, converts dates and lists, and pages with the cursor in the body', async () => {
		const early = Math.floor(Date.parse('2024-01-01T00:00:00Z') / 1000);
		for (let index = 0; index < 200; index++) {
			fake.store.addContact({
				email: `c${index}@${index % 2 ? 'acme.com' : 'other.org'}`,
				role: index % 4 === 0 ? 'lead' : 'user',
				created_at: early + index,
			});
		}
		const result = await run(fake, {
			resource: 'contact',
			operation: 'search',
			queryMode: 'builder',
			combineGroups: 'AND',
			filterGroups: {
				group: [
					{
						combine: 'AND',
						conditions: {
							condition: [
								condition('email', 'endsWith', 'acme.com'),
								condition('created_at', 'greaterThan', '2023-12-31T00:00:00Z'),
							],
						},
					},
					{ combine: 'OR', conditions: { condition: [condition('role', 'in', 'user, lead')] } },
				],
			},
			sort: { field: 'created_at', order: 'ascending' },
			returnAll: true,
		});

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(100);
		const calls = fake.calls('POST', '/contacts/search');
		expect(calls[0].body).toEqual({
			query: {
				operator: 'AND',
				value: [
					{
						operator: 'AND',
						value: [
							{ field: 'email', operator: '$', value: 'acme.com' },
							{
								field: 'created_at',
								operator: '>',
								value: Math.floor(Date.parse('2023-12-31T00:00:00Z') / 1000),
							},
						],
					},
					// A lone condition beside a group travels as a group of one: the schema takes a list of filters or a
					// list of groups, not both.
					{ operator: 'AND', value: [{ field: 'role', operator: 'IN', value: ['user', 'lead'] }] },
				],
			},
			sort: { field: 'created_at', order: 'ascending' },
			pagination: { per_page: 150 },
		});
		// Intercom ignores a cursor in the query string of a search: it must travel in the body.
		expect(calls).toHaveLength(1);
		expect(jsonOf(result)[0]).toMatchObject({ email: 'c1@acme.com' });
	});

	it('follows the body cursor over several search pages', async () => {
		fake.store.seedContacts(320);
		const result = await run(fake, {
			resource: 'contact',
			operation: 'search',
			queryMode: 'builder',
			filterGroups: {
				group: [{ combine: 'AND', conditions: { condition: [condition('email', 'contains', 'seed')] } }],
			},
			returnAll: true,
		});
		expect(result.items).toHaveLength(320);
		const pagination = fake
			.calls('POST', '/contacts/search')
			.map((call) => (call.body as { pagination: object }).pagination);
		expect(pagination).toEqual([
			{ per_page: 150 },
			{ per_page: 150, starting_after: expect.any(String) },
			{ per_page: 150, starting_after: expect.any(String) },
		]);
		expect(
			fake.calls('POST', '/contacts/search').every((call) => call.query.starting_after === undefined),
		).toBe(true);
	});

	it('passes a raw JSON query through', async () => {
		fake.store.addContact({ email: 'vip@example.com', custom_attributes: { plan: 'pro' } });
		fake.store.addContact({ email: 'free@example.com', custom_attributes: { plan: 'free' } });
		const query = { field: 'custom_attributes.plan', operator: '=', value: 'pro' };
		const result = await run(fake, {
			resource: 'contact',
			operation: 'search',
			queryMode: 'json',
			queryJson: JSON.stringify(query),
			returnAll: false,
			limit: 5,
		});
		expect(fake.calls('POST', '/contacts/search')[0].body).toEqual({ query, pagination: { per_page: 5 } });
		expect(jsonOf(result).map((contact) => contact.email)).toEqual(['vip@example.com']);
	});

	it.each([
		[
			[condition('created_at', 'contains', '2024')],
			'Intercom does not accept "~" on created_at (date); use one of = < >',
		],
		[[condition('tag_id', 'in', '1,2')], 'Intercom does not accept "IN" on tag_id'],
		[[condition('owner_id', 'equals', 'abc')], 'Group 1, condition 1 value must be a number, got "abc"'],
		[[condition('', 'equals', 'x')], 'Group 1, condition 1: "Field" is empty'],
		[
			Array.from({ length: 16 }, () => condition('email', 'equals', 'x')),
			'Filter group 1 has 16 conditions; Intercom allows 15',
		],
	])('rejects an invalid filter before calling Intercom (%#)', async (conditions, message) => {
		const result = await run(fake, {
			resource: 'contact',
			operation: 'search',
			queryMode: 'builder',
			filterGroups: { group: [{ combine: 'AND', conditions: { condition: conditions } }] },
		});
		expect(result.error?.message).toContain(message);
		expect(fake.requests).toHaveLength(0);
	});

	it('compares custom attributes as the type the workspace gives them, reading the types once', async () => {
		const paidAt = Math.floor(Date.parse('2024-03-01T00:00:00Z') / 1000);
		fake.store.addContact({ email: 'paid@example.com', custom_attributes: { paid_at: paidAt, plan: '42' } });
		const result = await run(
			fake,
			{
				resource: 'contact',
				operation: 'search',
				queryMode: 'builder',
				filterGroups: {
					group: [
						{
							combine: 'AND',
							conditions: {
								condition: [
									condition('custom_attributes.paid_at', 'greaterThan', '2024-02-01T00:00:00Z'),
									condition('custom_attributes.plan', 'equals', '42'),
								],
							},
						},
					],
				},
			},
			{ items: [{}, {}] },
		);
		expect(fake.calls('POST', '/contacts/search')[0].body).toMatchObject({
			query: {
				operator: 'AND',
				value: [
					{
						field: 'custom_attributes.paid_at',
						operator: '>',
						value: Math.floor(Date.parse('2024-02-01') / 1000),
					},
					// plan is a text attribute: "42" stays text.
					{ field: 'custom_attributes.plan', operator: '=', value: '42' },
				],
			},
		});
		expect(result.items.map((item) => item.json.email)).toEqual(['paid@example.com', 'paid@example.com']);
		expect(fake.calls('GET', '/data_attributes')).toHaveLength(1);
	});

	it('refuses an operator Intercom does not take on a custom attribute of that type', async () => {
		const result = await run(fake, {
			resource: 'contact',
			operation: 'search',
			queryMode: 'builder',
			filterGroups: {
				group: [
					{
						combine: 'AND',
						conditions: { condition: [condition('custom_attributes.paid_at', 'contains', '2024')] },
					},
				],
			},
		});
		expect(result.error?.message).toContain(
			'Intercom does not accept "~" on custom_attributes.paid_at (date)',
		);
		expect(fake.calls('POST', '/contacts/search')).toHaveLength(0);
	});

	it('rejects JSON that is not a query', async () => {
		const result = await run(fake, {
			resource: 'contact',
			operation: 'search',
			queryMode: 'json',
			queryJson: '{"foo": 1}',
		});
		expect(result.error?.message).toContain('"Query (JSON)" must be an object');
	});
});

describe('Contact: get many changed since a moment', () => {
	const fake = useFakeIntercom();

	it('asks Intercom from a day earlier (it compares by day) and keeps only changes at or after the moment, oldest first', async () => {
		const since = Math.floor(Date.parse('2024-06-10T12:00:00Z') / 1000);
		const at = (updated_at: number, name: string) => fake.store.addContact({ updated_at, name });
		at(since + 10, 'later');
		at(since - 90_000, 'two days before');
		at(since - 3_600, 'same day, earlier');
		at(since, 'exactly then');

		const result = await run(fake, {
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
			filters: { updatedSince: '2024-06-10T12:00:00Z' },
		});

		expect(jsonOf(result).map((contact) => contact.name)).toEqual(['exactly then', 'later']);
		expect(fake.calls('POST', '/contacts/search')[0].body).toEqual({
			query: { field: 'updated_at', operator: '>', value: since - 86_400 },
			sort: { field: 'updated_at', order: 'ascending' },
			pagination: { per_page: 150 },
		});
	});

	it('applies the limit after the exact cut', async () => {
		const since = Math.floor(Date.parse('2024-06-10T12:00:00Z') / 1000);
		for (let index = 0; index < 200; index++)
			fake.store.addContact({ updated_at: since - 1_000 + index * 10 });
		const result = await run(fake, {
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 30,
			filters: { updatedSince: since },
		});
		expect(jsonOf(result).map((contact) => contact.updated_at)).toEqual(
			Array.from({ length: 30 }, (_, index) => since + index * 10),
		);
	});
});

describe('Contact: Return All at size', () => {
	const fake = useFakeIntercom();

	it('returns 200,000 contacts as items (more than a spread call can take)', async () => {
		fake.store.seedContacts(200_000);
		const result = await run(fake, { resource: 'contact', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(200_000);
		expect(result.items[199_999].pairedItem).toEqual({ item: 0 });
	}, 300_000);

	it('searches with a Single Condition typed as text, operator by name or by Intercom symbol', async () => {
		fake.store.addContact({ email: 'ann@acme.com', name: 'Ann' });
		fake.store.addContact({ email: 'bo@globex.example', name: 'Bo' });
		for (const operator of ['endsWith', '$']) {
			fake.requests.length = 0;
			const result = await run(fake, {
				resource: 'contact',
				operation: 'search',
				queryMode: 'single',
				conditionField: 'email',
				conditionOperator: operator,
				conditionValue: '@acme.com',
			});
			expect(jsonOf(result).map((contact) => contact.email)).toEqual(['ann@acme.com']);
			expect((fake.calls('POST', '/contacts/search')[0].body as { query: object }).query).toEqual({
				field: 'email',
				operator: '$',
				value: '@acme.com',
			});
		}
		fake.requests.length = 0;
		const refused = await run(fake, {
			resource: 'contact',
			operation: 'search',
			queryMode: 'single',
			conditionField: 'email',
			conditionOperator: 'ends',
			conditionValue: '@acme.com',
		});
		expect(refused.error?.message).toMatch(/^"Operator" is not one of equals, notEquals, .*: ends$/);
		expect(fake.requests).toHaveLength(0);
	});

	it('searches with Conditions (Text): one group a line, the same query as the filter builder sends', async () => {
		fake.store.addContact({ email: 'ann@acme.com', role: 'user', name: 'Ann' });
		const result = await run(fake, {
			resource: 'contact',
			operation: 'search',
			queryMode: 'text',
			combineGroups: 'AND',
			conditionsText:
				'email endsWith acme.com AND created_at greaterThan 2023-12-31T00:00:00Z\n\n  role in user, lead  \nname = "Ann OR Bo" OR name ~ Ann',
		});
		expect(result.error).toBeUndefined();
		expect((fake.calls('POST', '/contacts/search')[0].body as { query: object }).query).toEqual({
			operator: 'AND',
			value: [
				{
					operator: 'AND',
					value: [
						{ field: 'email', operator: '$', value: 'acme.com' },
						{
							field: 'created_at',
							operator: '>',
							value: Math.floor(Date.parse('2023-12-31T00:00:00Z') / 1000),
						},
					],
				},
				{ operator: 'AND', value: [{ field: 'role', operator: 'IN', value: ['user', 'lead'] }] },
				{
					operator: 'OR',
					value: [
						{ field: 'name', operator: '=', value: 'Ann OR Bo' },
						{ field: 'name', operator: '~', value: 'Ann' },
					],
				},
			],
		});
	});

	it.each([
		['email endsWith a.com AND name = x OR role = user', '"Conditions" line 1 mixes AND and OR'],
		['email\nrole = user', '"Conditions" line 1, condition 1: write "field operator value"'],
		[
			'role = user\nemail ends acme.com',
			'"Conditions" line 2, condition 1: "ends" is not one of equals, notEquals',
		],
		['   ', '"Conditions" is empty'],
	])('refuses Conditions (Text) %j before any call', async (conditionsText, message) => {
		const refused = await run(fake, {
			resource: 'contact',
			operation: 'search',
			queryMode: 'text',
			conditionsText,
		});
		expect(refused.error?.message).toContain(message);
		expect(fake.requests).toHaveLength(0);
	});
});
