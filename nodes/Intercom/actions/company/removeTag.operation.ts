import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { tagNameField } from '../../descriptions/pickers';
import { setCompanyTag } from './tagging';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Remove Tag',
	action: 'Remove a tag from a company',
	description: 'Take a tag off a company',
};

export const description: INodeProperties[] = [companyRLC(), tagNameField];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag> {
	return await setCompanyTag(this, itemIndex, false);
}
