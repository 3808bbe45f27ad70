import { jsonOf, run, useFakeIntercom } from './setup';

describe('Workspace resources', () => {
	const fake = useFakeIntercom();

	describe('Tag', () => {
		it('creates a tag, then renames it, retrying neither into a duplicate', async () => {
			const created = await run(fake, { resource: 'tag', operation: 'createOrUpdate', name: 'VIP' });
			const id = String(jsonOf(created)[0].id);
			await run(fake, { resource: 'tag', operation: 'createOrUpdate', name: 'Very VIP', renameTagId: id });
			expect(fake.calls('POST', '/tags').map((call) => call.body)).toEqual([
				{ name: 'VIP' },
				{ name: 'Very VIP', id },
			]);
			expect([...fake.store.tags.values()].map((tag) => tag.name)).toEqual(['Very VIP']);
		});

		it('gets one tag and lists them up to a limit', async () => {
			const vip = fake.store.tagByName('VIP');
			fake.store.tagByName('Churn risk');
			const one = await run(fake, { resource: 'tag', operation: 'get', tagId: vip.id });
			expect(jsonOf(one)).toEqual([{ type: 'tag', id: vip.id, name: 'VIP' }]);
			const many = await run(fake, { resource: 'tag', operation: 'getAll', limit: 1 });
			expect(jsonOf(many)).toHaveLength(1);
		});

		it('deletes a tag, and explains tag_has_dependent_objects', async () => {
			const free = fake.store.tagByName('Old');
			const used = fake.store.tagByName('Used');
			fake.store.tagsInUse.add(used.id);
			const deleted = await run(fake, { resource: 'tag', operation: 'delete', tagId: free.id });
			expect(jsonOf(deleted)).toEqual([{ id: free.id, deleted: true }]);
			const refused = await run(fake, { resource: 'tag', operation: 'delete', tagId: used.id });
			expect(refused.error?.message).toBe('Intercom: Unable to delete Tag with dependent objects');
			expect(refused.error?.description).toContain('still used elsewhere in Intercom');
			expect(fake.store.tags.has(used.id)).toBe(true);
		});

		it('tags many contacts in one call, from a list given by an expression', async () => {
			const [a, b] = fake.store.seedContacts(2);
			const result = await run(
				fake,
				{
					resource: 'tag',
					operation: 'tagObjects',
					tagName: 'Beta',
					recordType: 'contacts',
					ids: '={{ $json.ids }}',
				},
				{ items: [{ ids: [a.id, b.id, a.id] }] },
			);
			expect(result.error).toBeUndefined();
			expect(fake.calls('POST', '/tags')[0].body).toEqual({
				name: 'Beta',
				users: [{ id: a.id }, { id: b.id }],
			});
			const beta = fake.store.tagByName('Beta');
			expect(a.tags.data).toEqual([{ type: 'tag', id: beta.id }]);
			expect(b.tags.data).toEqual([{ type: 'tag', id: beta.id }]);
		});

		it('untags companies by your company_id; 2.16 reports each', async () => {
			const company = fake.store.addCompany({ company_id: 'acme', name: 'Acme' });
			const tag = fake.store.tagByName('Beta');
			company.tags.tags.push({ type: 'tag', id: tag.id, name: tag.name });
			const result = await run(
				fake,
				{
					resource: 'tag',
					operation: 'tagObjects',
					tagName: 'Beta',
					recordType: 'companies',
					action: 'untag',
					companyKey: 'company_id',
					ids: 'acme, missing',
				},
				{ apiVersion: '2.16' },
			);
			expect(fake.calls('POST', '/tags')[0].body).toEqual({
				name: 'Beta',
				companies: [
					{ company_id: 'acme', untag: true },
					{ company_id: 'missing', untag: true },
				],
			});
			expect(company.tags.tags).toEqual([]);
			expect(jsonOf(result)[0].companies).toEqual([
				{ id: company.id, tagged: false },
				{ id: 'missing', tagged: false },
			]);
		});

		it('refuses an empty ID list before any call', async () => {
			const result = await run(fake, {
				resource: 'tag',
				operation: 'tagObjects',
				tagName: 'Beta',
				ids: ' , ',
			});
			expect(result.error?.message).toBe('"IDs" is empty');
			expect(fake.requests).toHaveLength(0);
		});
	});

	describe('Admin', () => {
		it('gets the token’s admin, one admin, and all of them', async () => {
			const me = await run(fake, { resource: 'admin', operation: 'getMe' });
			expect(jsonOf(me)[0]).toMatchObject({ id: '991267460', app: { id_code: 'ecahpwf5' } });
			const one = await run(fake, { resource: 'admin', operation: 'get', adminId: '991267461' });
			expect(jsonOf(one)[0]).toMatchObject({ name: 'Dana Scully' });
			const all = await run(fake, { resource: 'admin', operation: 'getAll', returnAll: true });
			expect(jsonOf(all).map((admin) => admin.id)).toEqual(['991267460', '991267461']);
		});

		it('sets the token’s own admin away with a reason, then a chosen admin back', async () => {
			await run(fake, {
				resource: 'admin',
				operation: 'setAway',
				away: true,
				reassign: true,
				reasonId: '12346',
			});
			expect(fake.calls('PUT', '/admins/991267460/away')[0].body).toEqual({
				away_mode_enabled: true,
				away_mode_reassign: true,
				away_status_reason_id: 12346,
			});
			await run(fake, {
				resource: 'admin',
				operation: 'setAway',
				adminId: '991267461',
				away: false,
				reasonId: '12346',
			});
			expect(fake.calls('PUT', '/admins/991267461/away')[0].body).toEqual({
				away_mode_enabled: false,
				away_mode_reassign: false,
			});
		});

		it('reads activity logs of a date range across pages', async () => {
			for (let n = 0; n < 30; n++) {
				fake.store.activityLogs.push({
					id: `log-${n}`,
					activity_type: 'admin_login_success',
					created_at: 1714557600 + n,
				});
			}
			fake.store.activityLogs.push({ id: 'too-old', created_at: 1600000000 });
			const result = await run(fake, {
				resource: 'admin',
				operation: 'getActivityLogs',
				createdAfter: '2024-05-01T00:00:00Z',
				returnAll: true,
			});
			expect(jsonOf(result)).toHaveLength(30);
			expect(fake.calls('GET', '/admins/activity_logs').length).toBeGreaterThan(0);
			expect(fake.calls('GET', '/admins/activity_logs')[0].query.created_at_after).toBe('1714521600');
		});

		it('refuses a range that ends before it starts', async () => {
			const result = await run(fake, {
				resource: 'admin',
				operation: 'getActivityLogs',
				createdAfter: '2024-05-02T00:00:00Z',
				createdBefore: '2024-05-01T00:00:00Z',
			});
			expect(result.error?.message).toBe('"To" is before "From"');
			expect(fake.requests).toHaveLength(0);
		});
	});

	it('Team, Segment, Subscription Type: get and list', async () => {
		expect(
			jsonOf(await run(fake, { resource: 'team', operation: 'get', teamId: '814866' }))[0],
		).toMatchObject({
			name: 'Billing',
		});
		expect(jsonOf(await run(fake, { resource: 'team', operation: 'getAll', returnAll: true }))).toHaveLength(
			2,
		);
		const segments = await run(fake, {
			resource: 'segment',
			operation: 'getAll',
			returnAll: true,
			includeCount: true,
		});
		expect(jsonOf(segments).map((segment) => segment.count)).toEqual([1200, 87]);
		expect(fake.calls('GET', '/segments')[0].query).toEqual({ include_count: 'true' });
		const segment = await run(fake, {
			resource: 'segment',
			operation: 'get',
			segmentId: '5d2640faa76403d9f2a3b0a2',
		});
		expect(jsonOf(segment)[0]).toMatchObject({ name: 'New leads' });
		const types = await run(fake, { resource: 'subscriptionType', operation: 'getAll' });
		expect(jsonOf(types)[0]).toMatchObject({ id: '37846', consent_type: 'opt_out' });
	});

	it('Note: gets a note by ID, refusing one that is not a number', async () => {
		const contact = fake.store.addContact({ email: 'jane@example.com' });
		fake.store.notes.set(contact.id, [{ type: 'note', id: '17495962', body: '<p>Called</p>' }]);
		const result = await run(fake, { resource: 'note', operation: 'get', noteId: '17495962' });
		expect(jsonOf(result)[0]).toMatchObject({ body: '<p>Called</p>' });
		const refused = await run(fake, { resource: 'note', operation: 'get', noteId: 'abc' });
		expect(refused.error?.message).toBe(
			'"Note ID" expects an Intercom ID made of digits, but got text "abc"',
		);
	});

	describe('Data Attribute', () => {
		it('lists attributes by model, archived ones on request', async () => {
			fake.store.dataAttributes.push({
				type: 'data_attribute',
				id: 9,
				model: 'company',
				name: 'old',
				custom: true,
				archived: true,
			});
			const result = await run(fake, {
				resource: 'dataAttribute',
				operation: 'getAll',
				model: 'company',
				returnAll: true,
			});
			expect(jsonOf(result).map((attribute) => attribute.name)).toEqual(['tier']);
			const all = await run(fake, {
				resource: 'dataAttribute',
				operation: 'getAll',
				model: 'company',
				includeArchived: true,
				returnAll: true,
			});
			expect(jsonOf(all).map((attribute) => attribute.name)).toEqual(['tier', 'old']);
		});

		it('creates a list attribute with its options, then updates and archives it', async () => {
			const created = await run(fake, {
				resource: 'dataAttribute',
				operation: 'create',
				name: 'plan_tier',
				model: 'contact',
				dataType: 'options',
				listOptions: 'bronze, silver, gold',
				options: { description: 'Billing tier', messengerWritable: false },
			});
			expect(fake.calls('POST', '/data_attributes')[0].body).toEqual({
				name: 'plan_tier',
				model: 'contact',
				data_type: 'options',
				options: [{ value: 'bronze' }, { value: 'silver' }, { value: 'gold' }],
				description: 'Billing tier',
				messenger_writable: false,
			});
			const id = String(jsonOf(created)[0].id);
			const updated = await run(fake, {
				resource: 'dataAttribute',
				operation: 'update',
				model: 'contact',
				attributeId: id,
				updateFields: { description: 'Tier', listOptions: 'bronze, silver, gold, platinum' },
			});
			expect(updated.error).toBeUndefined();
			await run(fake, { resource: 'dataAttribute', operation: 'archive', model: 'contact', attributeId: id });
			expect(fake.calls('PUT', `/data_attributes/${id}`).map((call) => call.body)).toEqual([
				{
					description: 'Tier',
					options: [{ value: 'bronze' }, { value: 'silver' }, { value: 'gold' }, { value: 'platinum' }],
				},
				{ archived: true },
			]);
			expect(fake.store.dataAttributes.find((attribute) => String(attribute.id) === id)).toMatchObject({
				archived: true,
				options: ['bronze', 'silver', 'gold', 'platinum'],
			});
		});

		it.each([
			[
				{ operation: 'create', name: 'x'.repeat(191) },
				'"Name" is 191 characters long; Intercom allows at most 190',
			],
			[
				{ operation: 'create', name: 'tier', dataType: 'options', listOptions: 'one' },
				'"List Options" needs at least two values',
			],
			[
				{ operation: 'update', attributeId: 'plan' },
				'"Attribute Name or ID" expects an Intercom ID made of digits, but got text "plan"',
			],
			[{ operation: 'update', attributeId: '1', updateFields: {} }, 'Nothing to update'],
		])('refuses %o before any call', async (parameters, message) => {
			const result = await run(fake, { resource: 'dataAttribute', model: 'contact', ...parameters });
			expect(result.error?.message).toContain(message);
			expect(fake.requests).toHaveLength(0);
		});
	});

	describe('Visitor', () => {
		it('gets a visitor by user_id and updates its name and attributes', async () => {
			const visitor = fake.store.addVisitor({ user_id: 'v-1' });
			const got = await run(fake, { resource: 'visitor', operation: 'get', userId: 'v-1' });
			expect(jsonOf(got)[0].id).toBe(visitor.id);
			await run(fake, {
				resource: 'visitor',
				operation: 'update',
				visitorKey: 'id',
				visitorValue: visitor.id,
				name: 'Curious visitor',
				customAttributes: { attribute: [{ name: 'plan', value: 'trial' }] },
			});
			expect(fake.calls('PUT', '/visitors')[0].body).toEqual({
				id: visitor.id,
				name: 'Curious visitor',
				custom_attributes: { plan: 'trial' },
			});
			expect(visitor).toMatchObject({ name: 'Curious visitor', custom_attributes: { plan: 'trial' } });
		});

		it('converts a visitor to a user with your external ID, and refuses a user without one', async () => {
			fake.store.addVisitor({ user_id: 'v-2' });
			const result = await run(fake, {
				resource: 'visitor',
				operation: 'convert',
				visitorValue: 'v-2',
				convertTo: 'user',
				externalId: 'crm-9',
				email: 'nine@example.com',
			});
			expect(fake.calls('POST', '/visitors/convert')[0].body).toEqual({
				type: 'user',
				user: { user_id: 'crm-9', email: 'nine@example.com' },
				visitor: { user_id: 'v-2' },
			});
			expect(jsonOf(result)[0]).toMatchObject({ role: 'user', external_id: 'crm-9' });
			expect(fake.store.visitors.size).toBe(0);

			fake.requests.length = 0;
			const refused = await run(fake, {
				resource: 'visitor',
				operation: 'convert',
				visitorValue: 'v-3',
				convertTo: 'user',
			});
			expect(refused.error?.message).toBe('"External ID" is empty: a user needs your ID for them');
			expect(fake.requests).toHaveLength(0);
		});

		it('converts a visitor to a lead keyed by the visitor itself', async () => {
			const visitor = fake.store.addVisitor({ user_id: 'v-4' });
			await run(fake, {
				resource: 'visitor',
				operation: 'convert',
				visitorKey: 'id',
				visitorValue: visitor.id,
			});
			expect(fake.calls('POST', '/visitors/convert')[0].body).toEqual({
				type: 'lead',
				user: { id: visitor.id },
				visitor: { id: visitor.id },
			});
		});

		it('converts a visitor found by its Messenger user_id to a lead with its Intercom ID', async () => {
			const visitor = fake.store.addVisitor({ user_id: 'v-5' });
			const result = await run(fake, {
				resource: 'visitor',
				operation: 'convert',
				visitorValue: 'v-5',
				email: 'five@example.com',
			});
			expect(fake.calls('GET', '/visitors')[0].query).toEqual({ user_id: 'v-5' });
			expect(fake.calls('POST', '/visitors/convert')[0].body).toEqual({
				type: 'lead',
				user: { id: visitor.id, email: 'five@example.com' },
				visitor: { user_id: 'v-5' },
			});
			expect(jsonOf(result)[0]).toMatchObject({ id: visitor.id, role: 'lead', email: 'five@example.com' });
		});
	});
});
