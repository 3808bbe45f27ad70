import { defineResource } from '../operation';
import * as get from './get.operation';

export const note = defineResource({ displayName: 'Note', defaultOperation: 'get', operations: { get } });
