export { createFetchDataSource } from './create-fetch-data-source.js';
export type { FetchDataSourceOptions, HeadersOption } from './types.js';
export { defaultListUrl } from './urls.js';
