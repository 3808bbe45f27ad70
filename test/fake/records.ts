import { randomBytes } from 'node:crypto';

export type Json = Record<string, unknown>;

export interface FakeContact extends Json {
	type: 'contact';
	id: string;
	role: string;
	external_id?: string | null;
	email?: string | null;
	archived?: boolean;
	created_at: number;
	updated_at: number;
	custom_attributes: Json;
	tags: { type: 'list'; data: Array<{ type: 'tag'; id: string }> };
}

export interface FakeCompany extends Json {
	type: 'company';
	id: string;
	company_id: string;
	name?: string;
	created_at: number;
	updated_at: number;
	custom_attributes: Json;
	tags: { type: 'tag.list'; tags: Array<{ type: 'tag'; id: string; name: string }> };
}

/** A conversation or a ticket: both are found only through search. */
export interface FakeThread extends Json {
	type: 'conversation' | 'ticket';
	id: string;
	created_at: number;
	updated_at: number;
}

export interface FakeTag extends Json {
	type: 'tag';
	id: string;
	name: string;
}

export const hexId = () => randomBytes(12).toString('hex');
export const now = () => Math.floor(Date.now() / 1000);

let numericId = 1000;
export const nextNumericId = () => String(++numericId);
