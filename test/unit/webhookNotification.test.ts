import { outputOf, readNotification, reasonToSkip } from '../../nodes/Intercom/webhooks/notification';
import { hasValidSignature } from '../../nodes/Intercom/webhooks/signature';
import { topicOptions } from '../../nodes/Intercom/webhooks/topics';
import { notification, signatureOf } from '../fake/webhooks';

const SECRET = 'unit-secret';

describe('X-Hub-Signature', () => {
	const body = Buffer.from(JSON.stringify(notification('contact.user.created', { id: '1', name: 'Zoë' })));

	it('accepts the HMAC-SHA1 of the exact bytes under the client secret', () => {
		expect(hasValidSignature(body, signatureOf(body, SECRET), SECRET)).toBe(true);
	});

	it.each([
		['no header', undefined],
		['a repeated header', [signatureOf(body, SECRET), signatureOf(body, SECRET)]],
		['upper-case hex', signatureOf(body, SECRET).toUpperCase().replace('SHA1=', 'sha1=')],
		['an extra character', `${signatureOf(body, SECRET)}0`],
		['another secret', signatureOf(body, 'other')],
	])('refuses %s', (_case, header) => {
		expect(hasValidSignature(body, header, SECRET)).toBe(false);
	});

	it('refuses everything when there is no secret', () => {
		expect(hasValidSignature(body, signatureOf(body, ''), '')).toBe(false);
	});

	it('verifies an empty body like any other, so that a signed one is refused as no notification', () => {
		expect(hasValidSignature(Buffer.alloc(0), signatureOf('', SECRET), SECRET)).toBe(true);
		expect(hasValidSignature(undefined, signatureOf('', SECRET), SECRET)).toBe(true);
		expect(hasValidSignature(Buffer.alloc(0), signatureOf('', 'other'), SECRET)).toBe(false);
		expect(readNotification(Buffer.alloc(0))).toBeUndefined();
	});
});

describe('notification routing', () => {
	const filter = { topics: ['company.updated'], appIds: [], includePing: false };

	it('reads only objects with an id and a topic', () => {
		expect(readNotification(Buffer.from('[1]'))).toBeUndefined();
		expect(readNotification(Buffer.from('{"topic":"ping"}'))).toBeUndefined();
		expect(readNotification(Buffer.from('not json'))).toBeUndefined();
		expect(readNotification(Buffer.from('{"id":"n1","topic":"ping"}'))).toEqual({ id: 'n1', topic: 'ping' });
	});

	it('matches topics exactly, filters app_id, and passes ping only when asked', () => {
		const message = notification('company.updated', { id: 'c1' });
		expect(reasonToSkip(message, filter)).toBeUndefined();
		expect(reasonToSkip({ ...message, topic: 'Company.Updated' }, filter)).toBe(
			'topic Company.Updated is not selected',
		);
		expect(reasonToSkip(message, { ...filter, topics: ['*'] })).toBeUndefined();
		expect(reasonToSkip(message, { ...filter, appIds: ['other'] })).toContain('is not one of');
		const ping = notification('ping', { type: 'ping' });
		expect(reasonToSkip(ping, { ...filter, topics: ['*'] })).toBe('ping is answered but not passed on');
		expect(reasonToSkip(ping, { ...filter, includePing: true })).toBeUndefined();
	});

	it('keeps the item whole and puts the envelope beside it', () => {
		const message = notification('company.updated', { type: 'company', id: 'c1', created_at: 5 });
		expect(outputOf(message, 'item')).toEqual({
			type: 'company',
			id: 'c1',
			created_at: 5,
			topic: 'company.updated',
			app_id: message.app_id,
			notification_id: message.id,
			notification_created_at: message.created_at,
		});
		expect(outputOf(message, 'notification')).toBe(message);
	});

	it('offers All Topics and Only Additional Topics first and every topic once, each naming its permission', () => {
		const values = topicOptions.map((option) => option.value);
		expect(values.slice(0, 2)).toEqual(['*', 'additionalOnly']);
		expect(new Set(values).size).toBe(values.length);
		expect(values).toEqual(
			expect.arrayContaining(['conversation.admin.replied', 'contact.unarchive', 'visitor.signed_up']),
		);
		expect(
			topicOptions.slice(2).every((option) => /needs the ".+" permission/.test(option.description ?? '')),
		).toBe(true);
	});
});
