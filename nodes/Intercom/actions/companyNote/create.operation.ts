import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { adminPicker } from '../../descriptions/pickers';
import { resolveCompanyId } from '../../lookups/company';
import { readIntegerId, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { ApiVersion, OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Create',
	action: 'Add a note to a company',
	description: 'Write a note on a company, as a teammate',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [
	companyRLC(),
	{
		displayName: 'Body',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		description: 'Text of the note; simple HTML such as <p> and <a> is kept',
	},
	adminPicker({
		displayName: 'Author',
		purpose: 'The teammate shown as writing the note',
		tokenOwnerFirst: true,
	}),
];

/**
 * Not repeated after a lost answer: the note would be written twice.
 * https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/notes/createcompanynote
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Note> {
	const body = readText(this, itemIndex, 'body', { required: true });
	const adminId = readIntegerId(this, itemIndex, 'adminId', { optional: true });
	const companyId = await resolveCompanyId(this, itemIndex);
	return await intercomApiRequest<Intercom.Note>(this, {
		method: 'POST',
		path: `/companies/${encodeURIComponent(companyId)}/notes`,
		body: { body, ...(adminId ? { admin_id: adminId } : {}) },
		itemIndex,
	});
}
