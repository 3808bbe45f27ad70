export { intercomApiRequest, configureTransport } from './request';
export type { IntercomRequest, TransportSettings } from './request';
export {
	collectItems,
	cursorPages,
	filterPages,
	MAX_NUMBERED_PAGE,
	numberedPages,
	scrollPages,
	searchPages,
	takeItems,
} from './paginate';
export { getConnection, sendsIdsAsStrings } from './connection';
export type { IntercomContext } from './context';
export { IntercomApiError } from './errors';
