// The REST wire format of DESIGN.md §5, read back into the data-source contract's queries.
// Values are passed on as sent (numbers unparsed stay NaN) so the in-memory source's own
// validation decides, exactly as it would behind the library.

const number = (params, name, fallback) => (params.has(name) ? Number(params.get(name)) : fallback);

/** `?pageIndex&pageSize&sort&direction&status=a,b&generatedBy&startedFrom&startedTo&search` */
export function readListQuery(params) {
  const filter = {};
  const statuses = (params.get('status') ?? '').split(',').filter((status) => status !== '');
  if (statuses.length > 0) filter.statuses = statuses;
  for (const name of ['generatedBy', 'startedFrom', 'startedTo', 'search']) {
    const value = params.get(name);
    if (value) filter[name] = value;
  }
  return {
    pageIndex: number(params, 'pageIndex', 0),
    pageSize: number(params, 'pageSize', 25),
    sort: { field: params.get('sort') ?? 'startTime', direction: params.get('direction') ?? 'desc' },
    filter,
  };
}

/** `?pageIndex&pageSize&level`; returns null for a level the contract does not know. */
export function readIssueQuery(params) {
  const level = params.get('level');
  if (level !== null && level !== 'error' && level !== 'warning') return null;
  const query = { pageIndex: number(params, 'pageIndex', 0), pageSize: number(params, 'pageSize', 50) };
  return level === null ? query : { ...query, level };
}
