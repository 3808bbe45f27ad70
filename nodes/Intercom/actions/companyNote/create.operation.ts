import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { noteFields } from '../../descriptions/note';
import { resolveCompanyId } from '../../lookups/company';
import { readNote } from '../../parameters/note';
import { intercomApiRequest } from '../../transport';
import type { ApiVersion, OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Create',
	action: 'Add a note to a company',
	description: 'Write a note on a company, as a teammate',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [companyRLC(), ...noteFields];

/**
 * Not repeated after a lost answer: the note would be written twice.
 * https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/notes/createcompanynote
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Note> {
	const note = readNote(this, itemIndex);
	const companyId = await resolveCompanyId(this, itemIndex);
	return await intercomApiRequest<Intercom.Note>(this, {
		method: 'POST',
		path: `/companies/${encodeURIComponent(companyId)}/notes`,
		body: note,
		itemIndex,
	});
}
