import { jsonOf, run, useFakeIntercom } from './setup';

describe('API versions: the credential’s version decides', () => {
	const fake = useFakeIntercom();
	const listOrders = { resource: 'customObject', operation: 'getAll', objectType: 'Order', returnAll: true };

	it('refuses an operation Intercom added in 2.16 on a 2.14 credential, naming both versions, before any call', async () => {
		const result = await run(fake, listOrders, { apiVersion: '2.14' });
		expect(result.error?.message).toBe(
			'Custom Object Instance › Get Many needs Intercom API 2.16 or newer, but the credential sends 2.14',
		);
		expect(result.error?.description).toContain('Choose 2.16 as the API Version of the Intercom credential');
		expect(fake.requests).toHaveLength(0);
	});

	it('with Continue On Fail, each item gets that error, paired', async () => {
		const result = await run(fake, listOrders, {
			apiVersion: '2.15',
			items: [{}, {}],
			onError: 'continueErrorOutput',
		});
		expect(result.errorItems.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(String(result.errorItems[0].json.error)).toContain('needs Intercom API 2.16');
		expect(fake.requests).toHaveLength(0);
	});

	it('runs it on 2.16 and on Unstable', async () => {
		for (const apiVersion of ['2.16', 'Unstable']) {
			const result = await run(fake, listOrders, { apiVersion });
			expect(result.error).toBeUndefined();
		}
		expect(fake.calls('GET', '/custom_object_instances/Order')).toHaveLength(2);
	});

	it('gets an instance by external ID the version’s way: the instance on 2.14, the filtered list on 2.16', async () => {
		const get = { resource: 'customObject', operation: 'get', objectType: 'Order', externalId: '123' };
		const old = await run(fake, get, { apiVersion: '2.14' });
		const current = await run(fake, get, { apiVersion: '2.16' });
		expect(fake.calls('GET', '/custom_object_instances/Order').map((call) => call.query)).toEqual([
			{ external_id: '123' },
			{ external_id: '123' },
		]);
		expect(jsonOf(old)[0]).toMatchObject({ type: 'Order' });
		// 2.16 answers a list; the node outputs the instance, not the list.
		expect(jsonOf(current)[0]).toMatchObject({ type: 'Order' });
		expect(jsonOf(current)[0]).not.toHaveProperty('data');
	});

	it('the fake refuses a version Intercom does not know, and a 2.16 endpoint asked on 2.14', async () => {
		const unknown = await fetch(`${fake.url}/me`, {
			headers: {
				Authorization: `Bearer ${fake.token}`,
				Accept: 'application/json',
				'Intercom-Version': '3.7',
			},
		});
		expect(unknown.status).toBe(400);
		expect(await unknown.json()).toMatchObject({ errors: [{ code: 'intercom_version_invalid' }] });
		const tooNew = await fetch(`${fake.url}/conversations/deleted`, {
			headers: {
				Authorization: `Bearer ${fake.token}`,
				Accept: 'application/json',
				'Intercom-Version': '2.14',
			},
		});
		expect(tooNew.status).toBe(400);
		expect(await tooNew.json()).toMatchObject({
			errors: [
				{
					code: 'intercom_version_invalid',
					message: 'Requested resource is not available in current API version.',
				},
			],
		});
	});
});

describe('Custom Object Instance', () => {
	const fake = useFakeIntercom();

	it('creates or updates an instance by external ID, dates as Unix seconds, attribute values as text', async () => {
		const result = await run(fake, {
			resource: 'customObject',
			operation: 'createOrUpdate',
			objectType: 'Order',
			externalId: 'order-1042',
			customAttributes: { attribute: [{ name: 'total', value: '={{ 129.5 }}' }] },
			additionalFields: { externalCreatedAt: '2026-01-02T03:04:05Z' },
		});
		expect(result.error).toBeUndefined();
		expect(fake.calls('POST', '/custom_object_instances/Order')[0].body).toEqual({
			external_id: 'order-1042',
			external_created_at: 1767323045,
			custom_attributes: { total: '129.5' },
		});
	});

	it('refuses an attribute name over 190 characters, naming it, before any call', async () => {
		const result = await run(fake, {
			resource: 'customObject',
			operation: 'createOrUpdate',
			objectType: 'Order',
			externalId: 'order-1042',
			customAttributes: { attribute: [{ name: 'n'.repeat(191), value: 'x' }] },
		});
		expect(result.error?.message).toContain('"Custom Attributes › Attribute 1 › Name"');
		expect(result.error?.message).toContain('Intercom allows at most 190');
		expect(fake.requests).toHaveLength(0);
	});

	it('deletes by external ID (a query) or by Intercom ID (the path)', async () => {
		const base = { resource: 'customObject', operation: 'delete', objectType: 'Order' };
		await run(fake, { ...base, findBy: 'externalId', externalId: 'order-1042' });
		await run(fake, { ...base, findBy: 'id', instanceId: 'abc' });
		expect(fake.calls('DELETE', '/custom_object_instances/Order')[0].query).toEqual({
			external_id: 'order-1042',
		});
		expect(fake.calls('DELETE', '/custom_object_instances/Order/abc')).toHaveLength(1);
	});
});
