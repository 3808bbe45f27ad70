import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

/** Start node of test workflows, standing in for Manual Trigger: emits the items it is given, binary data included. */
export class ItemsSource implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Items',
		name: 'items',
		group: ['input'],
		version: 1,
		description: 'Emits fixed items',
		defaults: { name: 'Items' },
		inputs: [],
		outputs: ['main'],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[{}]' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0) as string | IDataObject[];
		const items = (typeof raw === 'string' ? JSON.parse(raw) : raw) as IDataObject[];
		// `__binary` stands for what a file-reading node puts beside the JSON: { property: { data (base64), mimeType, fileName } }.
		return [
			items.map(({ __binary, ...json }) => ({
				json,
				...(__binary ? { binary: __binary as INodeExecutionData['binary'] } : {}),
			})),
		];
	}
}
