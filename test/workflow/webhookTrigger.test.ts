import { activateWebhookTrigger, tokenCredentials } from '../harness/runWorkflow';

const credentials = (clientSecret: string) =>
	tokenCredentials('', 'token', '2.14', { region: 'us', clientSecret });

describe('Intercom Trigger activation', () => {
	it('activates with a client secret and at least one topic', async () => {
		expect(await activateWebhookTrigger({ topics: ['contact.user.created'] }, credentials('secret'))).toBe(
			true,
		);
	});

	it('refuses a credential without the client secret, saying where to find it', async () => {
		await expect(activateWebhookTrigger({ topics: ['*'] }, credentials(''))).rejects.toMatchObject({
			message: 'The credential has no Client Secret',
			description: expect.stringContaining('Developer Hub › your app › Configure › Basic information'),
		});
	});

	it("uses the OAuth2 credential's client secret, the same secret of the same app", async () => {
		const oAuth2 = (clientSecret: string) => ({
			intercomAppOAuth2Api: { clientId: 'id', clientSecret, region: 'eu', apiVersion: '2.14' },
		});
		const parameters = { authentication: 'oAuth2', topics: ['ticket.created'] };
		expect(await activateWebhookTrigger(parameters, oAuth2('secret'))).toBe(true);
		await expect(activateWebhookTrigger(parameters, oAuth2(''))).rejects.toThrow(
			'The credential has no Client Secret',
		);
	});

	it('refuses a trigger with no topic', async () => {
		await expect(activateWebhookTrigger({ topics: [] }, credentials('secret'))).rejects.toThrow(
			'Choose at least one topic in "Topics"',
		);
		expect(
			await activateWebhookTrigger(
				{ topics: [], options: { additionalTopics: 'audience.created' } },
				credentials('secret'),
			),
		).toBe(true);
	});
});
