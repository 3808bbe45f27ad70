import { NO_TOPIC } from '../../nodes/Intercom/webhooks/topics';
import type { IDataObject } from 'n8n-workflow';

import { forgeries, seededRandom } from '../fake/forgeries';
import type { Delivery } from '../fake/webhooks';
import { notification, signedDelivery } from '../fake/webhooks';
import { processedData } from '../harness/processedData';
import type { OnErrorSetting } from '../harness/runWorkflow';
import { runIntercom, tokenCredentials } from '../harness/runWorkflow';

const SECRET = 'verify-client-secret';
const verify = {
	resource: 'delivery',
	operation: 'verifySignature',
	topics: ['contact.user.created', 'ticket.created'],
};

/** An item as n8n's Webhook node gives it with Options › Raw Body on: headers in the JSON, the bytes in `data`. */
function webhookItem({ body, signature }: Delivery): IDataObject {
	return {
		headers: {
			'content-type': 'application/json',
			...(signature === undefined ? {} : { 'x-hub-signature': signature }),
		},
		params: {},
		query: {},
		body: {},
		__binary: { data: { data: Buffer.from(body).toString('base64'), mimeType: 'application/json' } },
	};
}

async function runVerify(
	deliveries: Array<Delivery | IDataObject>,
	parameters: IDataObject = {},
	{ onError, clientSecret = SECRET }: { onError?: OnErrorSetting; clientSecret?: string } = {},
) {
	return await runIntercom({
		parameters: { ...verify, ...parameters },
		items: deliveries.map((delivery) =>
			'body' in delivery && !('headers' in delivery) ? webhookItem(delivery as Delivery) : delivery,
		),
		onError,
		credentials: tokenCredentials('', 'unused', '2.14', { region: 'us', clientSecret }),
	});
}

const contact = (id: string) =>
	notification('contact.user.created', { type: 'contact', id, name: `Contact ${id}` });

describe('Webhook Delivery: Verify Signature', () => {
	beforeEach(async () => (await processedData()).records.clear());

	it('passes a signed notification of a chosen topic as the changed item, paired to its request', async () => {
		const message = contact('c1');
		const result = await runVerify([signedDelivery(message, SECRET)]);
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			expect.objectContaining({
				json: expect.objectContaining({
					id: 'c1',
					topic: 'contact.user.created',
					notification_id: message.id,
				}),
				pairedItem: { item: 0 },
			}),
		]);
		const whole = await runVerify([signedDelivery(contact('c2'), SECRET)], {
			options: { output: 'notification' },
		});
		expect(whole.items[0].json).toMatchObject({ type: 'notification_event', topic: 'contact.user.created' });
	});

	it('drops every kind of forgery, unselected topics, other apps and repeats; the valid ones pass once', async () => {
		const random = seededRandom(7);
		const valid = [contact('v1'), contact('v2')];
		const forged = Object.values(forgeries).map((forge, index) =>
			forge(contact(`f${index}`), SECRET, random),
		);
		const deliveries = [
			signedDelivery(valid[0], SECRET),
			...forged,
			signedDelivery(notification('conversation.admin.replied', { type: 'conversation', id: '1' }), SECRET),
			signedDelivery(notification('ping', { type: 'ping' }), SECRET),
			signedDelivery(valid[0], SECRET),
			signedDelivery(valid[1], SECRET),
		];
		const result = await runVerify(deliveries, { options: { appIds: '' } });
		expect(result.items.map((item) => [item.json.id, item.pairedItem])).toEqual([
			['v1', { item: 0 }],
			['v2', { item: deliveries.length - 1 }],
		]);
		// A replay in a later execution (another webhook process): n8n's database remembers the id.
		const replayed = await runVerify([signedDelivery(valid[1], SECRET)]);
		expect(replayed.items).toHaveLength(0);
		const otherApp = await runVerify([signedDelivery(contact('a1'), SECRET)], {
			options: { appIds: 'another-app' },
		});
		expect(otherApp.items).toHaveLength(0);
	});

	it('with Return Them as Errors, sends refused deliveries to the error output with the reason, the valid to the main output', async () => {
		const result = await runVerify(
			[
				signedDelivery(contact('e1'), 'forger'),
				signedDelivery(contact('e2'), SECRET),
				signedDelivery(notification('company.created', { type: 'company', id: '9' }), SECRET),
			],
			{ refused: 'error' },
			{ onError: 'continueErrorOutput' },
		);
		expect(result.items.map((item) => [item.json.id, item.pairedItem])).toEqual([['e2', { item: 1 }]]);
		expect(result.errorItems.map((item) => [item.json.error, item.pairedItem])).toEqual([
			[
				'Refused a forged or unsigned delivery: X-Hub-Signature is missing or does not match the Client Secret',
				{ item: 0 },
			],
			['Refused a delivery: topic company.created is not selected', { item: 2 }],
		]);
	});

	it('says what is missing: the raw body (naming the field), the topics, the client secret', async () => {
		const withoutRawBody = await runVerify(
			[{ headers: {}, body: { id: 'x' } }],
			{},
			{ onError: 'continueRegularOutput' },
		);
		expect(withoutRawBody.items[0].json.error).toBe(
			'"Raw Body Field" names no binary data on the item: data',
		);
		const noTopics = await runVerify(
			[signedDelivery(contact('t1'), SECRET)],
			{ topics: ['additionalOnly'] },
			{ onError: 'continueRegularOutput' },
		);
		expect(noTopics.items[0].json.error).toBe(NO_TOPIC);
		const emptyTopics = await runVerify(
			[signedDelivery(contact('t2'), SECRET)],
			{ topics: [] },
			{ onError: 'continueRegularOutput' },
		);
		expect(emptyTopics.items[0].json.error).toBe(NO_TOPIC);
		const noSecret = await runVerify([signedDelivery(contact('s1'), SECRET)], {}, { clientSecret: '' });
		expect(noSecret.error?.message).toBe('The credential has no Client Secret');
	});
});
