import type { IDataObject, INode, INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { topicOptions } from '../../nodes/Intercom/webhooks/topics';
import { IntercomTrigger } from '../../nodes/IntercomTrigger/IntercomTrigger.node';
import { activateWebhookTrigger, tokenCredentials } from '../harness/runWorkflow';

const credentials = (clientSecret: string) =>
	tokenCredentials('', 'token', '2.14', { region: 'us', clientSecret });

const triggerNode: INode = {
	id: 'trigger',
	name: 'Intercom Trigger',
	type: 'n8n-nodes-intercom.intercomTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

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
		await expect(
			activateWebhookTrigger({ topics: ['additionalOnly'] }, credentials('secret')),
		).rejects.toThrow('Choose at least one topic in "Topics"');
		expect(
			await activateWebhookTrigger(
				{ topics: ['additionalOnly'], options: { additionalTopics: 'audience.created' } },
				credentials('secret'),
			),
		).toBe(true);
	});

	it('marks an empty Topics as an issue in the editor from version 2, as n8n marks a required field', () => {
		const trigger = new IntercomTrigger();
		const issues = (typeVersion: number, values: IDataObject) => {
			const node = { ...triggerNode, typeVersion, parameters: values as INodeParameters };
			return trigger.description.properties
				.filter((property) => property.name === 'topics')
				.map((topics) =>
					NodeHelpers.getParameterIssues(topics, values as INodeParameters, '', node, trigger.description),
				)
				.flatMap((found) => found.parameters?.topics ?? []);
		};
		expect(trigger.description.defaultVersion).toBe(2);
		expect(issues(2, { topics: [] })).toEqual(['Parameter "Topics" is required.']);
		expect(issues(2, { topics: ['additionalOnly'] })).toEqual([]);
		// A version-1 trigger saved with Additional Topics only keeps working.
		expect(issues(1, { topics: [], options: { additionalTopics: 'audience.created' } })).toEqual([]);
	});

	it('names the topics consistently, in alphabetical order within each group', () => {
		const names = topicOptions.map((option) => option.name);
		expect(names).toEqual(
			expect.arrayContaining(['Contact: Archived', 'Contact: Unarchived', 'Content Stat: SMS']),
		);
		const groups = new Map<string, string[]>();
		for (const name of names.slice(2)) {
			const group = name.split(':')[0];
			groups.set(group, [...(groups.get(group) ?? []), name]);
		}
		for (const inGroup of groups.values())
			expect(inGroup).toEqual([...inGroup].sort((a, b) => a.localeCompare(b)));
		expect(groups.get('Ticket')?.indexOf('Ticket: Resolved (Newer API)')).toBeLessThan(
			groups.get('Ticket')?.indexOf('Ticket: State Updated') ?? 0,
		);
	});
});
