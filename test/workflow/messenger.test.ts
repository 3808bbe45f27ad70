import { createHmac } from 'node:crypto';

import { runIntercom, tokenCredentials } from '../harness/runWorkflow';
import type { FakeIntercom } from '../fake/server';
import { useFakeIntercom } from './setup';

const SECRET = 'sEcReT-identity-verification-0123456789';

function credentials(fake: FakeIntercom, extra: Record<string, string> = {}) {
	return tokenCredentials(fake.url, fake.token, '2.14', { messengerSecret: SECRET, ...extra });
}

const identify = (overrides: Record<string, unknown> = {}) => ({
	resource: 'messenger',
	operation: 'identify',
	userId: 'crm-4711',
	email: 'jane@example.com',
	name: 'Jane </script><script>alert(1)</script>',
	createdAt: '2024-05-01T10:00:00Z',
	...overrides,
});

function decodeJwt(token: string) {
	const [header, payload, signature] = token.split('.');
	const expected = createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url');
	return {
		header: JSON.parse(Buffer.from(header, 'base64url').toString()) as Record<string, unknown>,
		claims: JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>,
		verifies: signature === expected,
	};
}

describe('Messenger: Identify User', () => {
	const fake = useFakeIntercom();

	it('signs user_hash as an independent HMAC-SHA256 of the user ID, reading the app id once per run', async () => {
		const result = await runIntercom({
			parameters: identify({ options: { customLauncherSelector: '#help', hideDefaultLauncher: true } }),
			items: [{}, {}],
			credentials: credentials(fake),
		});
		expect(result.error).toBeUndefined();
		const expectedHash = createHmac('sha256', SECRET).update('crm-4711').digest('hex');
		expect(result.items[0].json).toEqual({
			intercomSettings: {
				app_id: 'ecahpwf5',
				user_id: 'crm-4711',
				email: 'jane@example.com',
				user_hash: expectedHash,
				name: 'Jane </script><script>alert(1)</script>',
				created_at: 1714557600,
				custom_launcher_selector: '#help',
				hide_default_launcher: true,
			},
		});
		expect(fake.calls('GET', '/me')).toHaveLength(1);
		expect(JSON.stringify(result.items)).not.toContain(SECRET);
	});

	it('hashes the email when there is no user ID, with the configured app id and the region’s api_base', async () => {
		const result = await runIntercom({
			parameters: identify({ userId: '' }),
			credentials: {
				...credentials(fake, { messengerAppId: 'abc123', region: 'eu' }),
			},
		});
		const settings = result.items[0].json.intercomSettings as Record<string, unknown>;
		expect(settings.user_hash).toBe(createHmac('sha256', SECRET).update('jane@example.com').digest('hex'));
		expect(settings).toMatchObject({ app_id: 'abc123', api_base: 'https://api-iam.eu.intercom.io' });
		expect(settings).not.toHaveProperty('user_id');
		expect(fake.requests).toHaveLength(0);
	});

	it('signs a Messenger JWT that verifies with the secret and carries the attributes and expiry', async () => {
		const before = Math.floor(Date.now() / 1000);
		const result = await runIntercom({
			parameters: identify({
				verification: 'jwt',
				jwtAttributes: { attribute: [{ name: 'plan', value: 'pro' }] },
				jwtExpiresIn: 600,
				options: { includeSnippet: true },
			}),
			credentials: credentials(fake, { messengerAppId: 'abc123' }),
		});
		const { intercomSettings, snippet } = result.items[0].json as {
			intercomSettings: Record<string, unknown>;
			snippet: string;
		};
		const jwt = decodeJwt(String(intercomSettings.intercom_user_jwt));
		expect(jwt.verifies).toBe(true);
		expect(jwt.header).toEqual({ alg: 'HS256', typ: 'JWT' });
		expect(jwt.claims).toMatchObject({ user_id: 'crm-4711', email: 'jane@example.com', plan: 'pro' });
		expect(Number(jwt.claims.exp) - before).toBeGreaterThanOrEqual(600);
		expect(Number(jwt.claims.exp) - before).toBeLessThan(700);
		expect(intercomSettings).not.toHaveProperty('user_hash');
		expect(snippet).toContain('window.intercomSettings = {');
		expect(snippet).toContain("'https://widget.intercom.io/widget/'+w.intercomSettings.app_id");
		expect(snippet).not.toContain('</script><script>alert(1)');
		expect(snippet).toContain('Jane \\u003c/script\\u003e');
		expect(JSON.stringify(result.items)).not.toContain(SECRET);
	});

	it.each([
		[identify({ userId: '', email: '' }), {}, '"User ID" and "Email" are both empty'],
		[identify({ email: 'jane' }), {}, '"Email" is not an email address: jane'],
		[
			identify({ verification: 'jwt', jwtAttributes: { attribute: [{ name: 'exp', value: '1' }] } }),
			{},
			'JWT attribute "exp" is set by the node itself',
		],
		[identify(), { messengerSecret: '' }, 'The credential has no Messenger Identity Secret'],
	])('refuses bad input before any call: %#', async (parameters, extra, message) => {
		const result = await runIntercom({ parameters, credentials: credentials(fake, extra) });
		expect(result.error?.message).toContain(message);
		expect(fake.requests).toHaveLength(0);
	});
});
