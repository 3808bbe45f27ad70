import type { INodeParameters } from 'n8n-workflow';

import { FakeIntercom } from '../fake/server';
import { runIntercom, tokenCredentials } from '../harness/runWorkflow';
import { byId, jsonOf, run, useFakeIntercom } from './setup';

const getContact = (id: string, requestOptions: INodeParameters = {}): INodeParameters => ({
	resource: 'contact',
	operation: 'get',
	contact: byId(id),
	requestOptions,
});

const statuses = (fake: FakeIntercom) => fake.requests.map((request) => request.status ?? 'dropped');

describe('Transport: errors and retries', () => {
	const fake = useFakeIntercom();

	it('retries a GET after 503s and succeeds', async () => {
		const contact = fake.store.addContact({});
		fake.inject({ kind: 'status503', method: 'GET', times: 2 });
		const result = await run(fake, getContact(contact.id));
		expect(result.error).toBeUndefined();
		expect(statuses(fake)).toEqual([503, 503, 200]);
	});

	it('gives up on a GET after three retries and says how often it tried', async () => {
		fake.inject({ kind: 'status500', method: 'GET', times: 10 });
		const result = await run(fake, getContact('abc'));
		expect(result.error?.message).toBe('Intercom: Server Error');
		expect(result.error?.description).toContain('Failed 4 times.');
		expect(fake.requests).toHaveLength(4);
	});

	it('never repeats a create after a 500, and says so', async () => {
		fake.inject({ kind: 'status500', method: 'POST', times: 1, afterEffect: true });
		const result = await run(fake, {
			resource: 'contact',
			operation: 'create',
			role: 'user',
			email: 'a@example.com',
		});
		expect(fake.calls('POST', '/contacts')).toHaveLength(1);
		expect(result.error?.message).toBe('Intercom: Server Error');
		expect(result.error?.description).toContain(
			'Not repeated, since repeating it could create the record twice',
		);
		expect(fake.store.contacts.size).toBe(1);
	});

	it('retries a GET whose connection was reset, but not a create', async () => {
		const contact = fake.store.addContact({});
		fake.inject({ kind: 'reset', method: 'GET', times: 1 });
		const get = await run(fake, getContact(contact.id));
		expect(get.error).toBeUndefined();
		expect(fake.requests).toHaveLength(2);

		fake.requests.length = 0;
		fake.inject({ kind: 'reset', method: 'POST', times: 1 });
		const create = await run(fake, {
			resource: 'contact',
			operation: 'create',
			role: 'user',
			email: 'b@example.com',
		});
		expect(fake.requests).toHaveLength(1);
		expect(create.error?.message).toBe('Intercom could not be reached: the connection was reset');
		expect(create.error?.description).toBe(
			'POST /contacts: Not repeated, since repeating it could create the record twice. Check in Intercom whether it was created before running the item again. The connection broke after the call was sent; Intercom may have received it.',
		);
	});

	it('retries a GET whose answer is not JSON', async () => {
		const contact = fake.store.addContact({ name: 'Parsed' });
		fake.inject({ kind: 'malformed', method: 'GET', times: 1 });
		const result = await run(fake, getContact(contact.id));
		expect(jsonOf(result)[0]).toMatchObject({ name: 'Parsed' });
		expect(fake.requests).toHaveLength(2);
	});

	it('times out a slow GET after the configured timeout and retries it', async () => {
		const contact = fake.store.addContact({});
		fake.inject({ kind: 'slow', method: 'GET', times: 1, delayMs: 2_500 });
		const result = await run(fake, getContact(contact.id, { timeout: 1 }));
		expect(result.error).toBeUndefined();
		expect(fake.requests).toHaveLength(2);
	});

	it('says a POST that timed out was sent and may have reached Intercom, and does not repeat it', async () => {
		fake.inject({ kind: 'slow', method: 'POST', times: 1, delayMs: 2_500 });
		const result = await run(fake, {
			resource: 'contact',
			operation: 'create',
			role: 'user',
			email: 'slow@example.com',
			requestOptions: { timeout: 1 },
		});
		expect(result.error?.message).toBe('Intercom did not answer within 1 s');
		expect(result.error?.description).toContain('POST /contacts: Not repeated');
		expect(result.error?.description).toContain('Intercom may have received it');
		expect(fake.calls('POST', '/contacts')).toHaveLength(1);
	});

	it('maps 401 with a hint about the token', async () => {
		const result = await runIntercom({
			parameters: getContact('abc'),
			credentials: tokenCredentials(fake.url, 'wrong'),
		});
		expect(result.error?.message).toBe('Intercom: Access Token Invalid');
		expect(result.error?.httpCode).toBe('401');
		expect(result.error?.description).toContain('Check the access token of the Intercom credential');
	});

	it('maps 422 with the field Intercom names', async () => {
		fake.inject({
			kind: 'status422',
			path: /^\/companies$/,
			times: 1,
			error: { code: 'data_invalid', message: 'size must be a positive integer', field: 'size' },
		});
		const result = await run(fake, {
			resource: 'company',
			operation: 'upsert',
			companyId: 'acme',
			additionalFields: { size: 3 },
		});
		expect(result.error?.message).toBe('Intercom: size must be a positive integer');
		expect(result.error?.httpCode).toBe('422');
		expect(result.error?.description).toMatch(
			/^Intercom error code: data_invalid · field: size · request_id: /,
		);
	});

	it('authenticates through the OAuth2 credential and still sends the API version', async () => {
		const contact = fake.store.addContact({});
		const result = await runIntercom({
			parameters: { ...getContact(contact.id), authentication: 'oAuth2' },
			credentials: {
				intercomAppOAuth2Api: {
					region: 'custom',
					baseUrl: fake.url,
					apiVersion: '2.15',
					grantType: 'authorizationCode',
					authUrl: 'https://app.intercom.com/oauth',
					accessTokenUrl: 'https://api.intercom.io/auth/eagle/token',
					clientId: 'client',
					clientSecret: 'secret',
					authentication: 'body',
					oauthTokenData: { access_token: fake.token, token_type: 'Bearer' },
				},
			},
		});
		expect(result.error).toBeUndefined();
		expect(fake.requests[0].headers.authorization).toBe(`Bearer ${fake.token}`);
		expect(fake.requests[0].headers['intercom-version']).toBe('2.15');
	});
});

describe('Transport: rate limits', () => {
	// A fresh fake (and so a fresh rate-limit window) per test.
	let fake: FakeIntercom;
	afterEach(async () => await fake.stop());

	it('slows down before the window is spent instead of drawing 429s', async () => {
		fake = await new FakeIntercom({ rateLimit: { limit: 4, windowMs: 1_000 } }).start();
		const contacts = fake.store.seedContacts(10);
		const result = await run(
			fake,
			{ ...getContact('={{ $json.id }}'), requestOptions: { maxConcurrency: 1 } },
			{
				items: contacts.map((contact) => ({ id: contact.id })),
			},
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(10);
		expect(statuses(fake)).toEqual(Array(10).fill(200));
	});

	it('waits for X-RateLimit-Reset after a 429 and then succeeds', async () => {
		fake = await new FakeIntercom({ rateLimit: { limit: 100, windowMs: 1_000 } }).start();
		const contact = fake.store.addContact({});
		fake.inject({ kind: 'status429', method: 'GET', times: 1 });
		const result = await run(fake, getContact(contact.id));
		expect(result.error).toBeUndefined();
		expect(statuses(fake)).toEqual([429, 200]);
	});

	it('fails clearly once the wait would exceed Max Rate-Limit Wait', async () => {
		fake = await new FakeIntercom().start();
		fake.inject({ kind: 'status429', method: 'GET', times: 5 });
		const result = await run(fake, getContact('abc', { maxRateLimitWait: 0 }));
		expect(result.error?.message).toBe('Intercom: Exceeded rate limit');
		expect(result.error?.httpCode).toBe('429');
		expect(result.error?.description).toContain('lower Max Concurrent Requests or raise Max Rate-Limit Wait');
		expect(fake.requests).toHaveLength(1);
	});

	it('keeps every item within an enforced limit under concurrency, with no duplicates', async () => {
		fake = await new FakeIntercom({ rateLimit: { limit: 5, windowMs: 1_000 } }).start();
		const items = Array.from({ length: 24 }, (_, index) => ({ id: `rl-${index}` }));
		const result = await run(
			fake,
			{
				resource: 'contact',
				operation: 'upsert',
				matchOn: 'externalId',
				externalId: '={{ $json.id }}',
				role: 'user',
				requestOptions: { maxConcurrency: 8 },
			},
			{ items },
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.external_id)).toEqual(items.map((item) => item.id));
		expect(fake.store.contacts.size).toBe(24);
		expect(fake.calls('POST', '/contacts').filter((call) => call.status === 200)).toHaveLength(24);
	});
});
