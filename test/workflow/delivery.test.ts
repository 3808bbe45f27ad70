import { processedData } from '../harness/processedData';
import { jsonOf, run, useFakeIntercom } from './setup';

const passOnce = { resource: 'delivery', operation: 'passOnce' };

describe('Webhook Delivery: Pass First Delivery Only', () => {
	const fake = useFakeIntercom();
	beforeEach(async () => (await processedData()).records.clear());

	it('passes each notification once across executions, a repeat within a run too, in input order', async () => {
		const first = await run(fake, passOnce, {
			items: [
				{ notification_id: 'notif_1', topic: 'contact.user.created' },
				{ notification_id: 'notif_2', topic: 'contact.user.created' },
				{ notification_id: 'notif_1', topic: 'contact.user.created' },
			],
		});
		expect(first.items.map((item) => [item.json.notification_id, item.pairedItem])).toEqual([
			['notif_1', { item: 0 }],
			['notif_2', { item: 1 }],
		]);
		// Intercom's retry, received by another process: the store is n8n's database, shared by all of them.
		const again = await run(fake, passOnce, {
			items: [{ notification_id: 'notif_2' }, { notification_id: 'notif_3' }],
		});
		expect(jsonOf(again)).toEqual([{ notification_id: 'notif_3' }]);
		expect(fake.requests).toHaveLength(0);
	});

	it('reads the whole-notification output’s id, and forgets the oldest past Remember Last', async () => {
		const ids = Array.from({ length: 101 }, (_, index) => ({ id: `notif_${index}` }));
		await run(fake, { ...passOnce, remembered: 100 }, { items: ids });
		const replayed = await run(fake, { ...passOnce, remembered: 100 }, { items: [ids[0], ids[100]] });
		expect(jsonOf(replayed)).toEqual([{ id: 'notif_0' }]);
	});

	it('fails an item without an id, the others passing, with Continue On Fail', async () => {
		const result = await run(fake, passOnce, {
			continueOnFail: true,
			items: [{ notification_id: 'notif_9' }, { topic: 'ping' }],
		});
		expect(
			result.items.map((item) => [item.json.notification_id ?? item.json.error, item.pairedItem]),
		).toEqual([
			['notif_9', { item: 0 }],
			['"Notification ID" is empty', { item: 1 }],
		]);
	});
});
