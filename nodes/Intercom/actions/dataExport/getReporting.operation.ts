import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readText } from '../../parameters/read';
import type { OperationOption } from '../operation';
import { clientIdField, jobIdField } from './fields';
import { readReportingJob } from './reporting';

export const option: OperationOption = {
	name: 'Get Reporting Export',
	action: 'Get a reporting export',
	description: "A reporting export's status",
};

export const description: INodeProperties[] = [jobIdField, clientIdField];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const job = readText(this, itemIndex, 'jobIdentifier', { required: true });
	const clientId = readText(this, itemIndex, 'clientId', { required: true });
	return await readReportingJob(this, itemIndex, job, clientId);
}
