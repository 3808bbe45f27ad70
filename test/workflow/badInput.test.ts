import { byId, jsonOf, run, useFakeIntercom } from './setup';

/** The bad inputs issue "every bad input a clear error" found in a real n8n, each refused before any call. */
describe('Bad input: the cases found by hand', () => {
	const fake = useFakeIntercom();
	const fromItem = '={{ $json.value }}';

	it('Max Concurrent Requests from an expression that yields text: an error item per item, nothing passed on', async () => {
		const result = await run(
			fake,
			{ resource: 'admin', operation: 'getAll', requestOptions: { maxConcurrency: fromItem } },
			{ items: [{ value: 'many' }, { value: 'many' }], onError: 'continueErrorOutput' },
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([]);
		expect(result.errorItems.map((item) => [item.json.error, item.pairedItem])).toEqual([
			[
				'"Request Options › Max Concurrent Requests" expects a whole number from 1 to 50, but got text "many"',
				{ item: 0 },
			],
			[
				'"Request Options › Max Concurrent Requests" expects a whole number from 1 to 50, but got text "many"',
				{ item: 1 },
			],
		]);
		expect(fake.requests).toHaveLength(0);
	});

	it('a number in a text field is sent as text; an object is refused rather than sent as "[object Object]"', async () => {
		const asText = await run(
			fake,
			{ resource: 'tag', operation: 'createOrUpdate', name: fromItem },
			{
				items: [{ value: 2024 }],
			},
		);
		expect(jsonOf(asText)[0]).toMatchObject({ name: '2024' });
		fake.requests.length = 0;
		const object = await run(
			fake,
			{ resource: 'tag', operation: 'createOrUpdate', name: fromItem },
			{
				items: [{ value: { a: 1 } }],
			},
		);
		expect(object.error?.message).toBe('"Name" expects text, but got an object');
		expect(fake.requests).toHaveLength(0);
	});

	it.each([
		[
			'a collection name given a list',
			{ resource: 'collection', operation: 'create', name: fromItem },
			['a'],
			'"Name" expects text, but got a list of 1',
		],
		[
			'an article translation whose locale is an object',
			{
				resource: 'article',
				operation: 'create',
				title: 'T',
				translations: { translation: [{ locale: fromItem, title: 'Titre' }] },
			},
			{ fr: true },
			'"Translations › Translation 1 › Language" expects one of its 37 choices (such as "ar", "bg", "bs"), but got an object',
		],
		[
			'an admin id that is a list',
			{ resource: 'admin', operation: 'setAway', adminId: fromItem },
			'1,2',
			'"Admin Name or ID" expects an Intercom ID made of digits, but got text "1,2"',
		],
		[
			'a help center id that is an object',
			{ resource: 'helpCenter', operation: 'get', helpCenterId: fromItem },
			{ id: 93 },
			'"Help Center Name or ID" expects text, but got an object',
		],
		[
			'a Limit that is not a number',
			{ resource: 'article', operation: 'getAll', limit: fromItem },
			'ten',
			'"Limit" expects a whole number of at least 1, but got text "ten"',
		],
		[
			'a choice that is not among the options',
			{ resource: 'contact', operation: 'create', role: fromItem, email: 'a@example.com' },
			'admin',
			'"Role" expects one of "user" (User), "lead" (Lead), but got text "admin"',
		],
		[
			'text for a boolean',
			{ resource: 'segment', operation: 'getAll', includeCount: fromItem },
			'yes',
			'"Include Counts" expects true or false, but got text "yes"',
		],
		[
			'a negative Timeout',
			{ resource: 'admin', operation: 'getAll', requestOptions: { timeout: fromItem } },
			-5,
			'"Request Options › Timeout (Seconds)" expects a number from 1 to 600, but got the number -5',
		],
	])('refuses %s before any call', async (_name, parameters, value, message) => {
		const result = await run(fake, parameters, { items: [{ value }] });
		expect(result.error?.message).toBe(message);
		expect(fake.requests).toHaveLength(0);
	});

	it.each([
		[{ a: 1 }, 'an object'],
		[['plan', 'tier'], 'a list of 2'],
	])(
		'refuses a custom attribute name that is %j rather than send it as a key "[object Object]"',
		async (value, described) => {
			const [contact] = fake.store.seedContacts(1);
			const result = await run(
				fake,
				{
					resource: 'contact',
					operation: 'update',
					contact: byId(contact.id),
					customAttributes: { attribute: [{ name: fromItem, value: 'pro' }] },
				},
				{ items: [{ value }] },
			);
			expect(result.error?.message).toBe(
				`"Custom Attributes › Attribute 1 › Name or ID" expects text, but got ${described}`,
			);
			expect(fake.requests).toHaveLength(0);
		},
	);

	it('coerces what can be coerced: a numeric Limit, "true" for a boolean', async () => {
		fake.store.seedContacts(5);
		const result = await run(
			fake,
			{ resource: 'contact', operation: 'getAll', limit: fromItem, simplify: '={{ $json.flag }}' },
			{
				items: [{ value: '3', flag: 'true' }],
			},
		);
		expect(result.items).toHaveLength(3);
		expect(Object.keys(jsonOf(result)[0]).length).toBeLessThan(15);
	});

	it('a contact given by id keeps working', async () => {
		const [contact] = fake.store.seedContacts(1);
		const result = await run(fake, { resource: 'contact', operation: 'get', contact: byId(contact.id) });
		expect(jsonOf(result)[0].id).toBe(contact.id);
	});
});
