// Host-written TanStack Table columns for `useMigrationLogTable`, type-checked against the built
// package (dist/) by `tsc -p test/package`. What a host writes must compile with each cell's value
// typed precisely (not `unknown`, not `any`); each `@ts-expect-error` line is a mistake the types
// must keep catching: if it starts to compile, tsc fails on the unused directive.

import { createColumnHelper, type StockFeatures, tableFeatures } from '@tanstack/react-table';
import {
  defaultMigrationLogColumns,
  formatCalendarDate,
  formatInstant,
  formatPercent,
  type MigrationLog,
  type MigrationLogColumnDef,
  type MigrationLogSort,
  MigrationLogTable,
  type MigrationStatusOrUnknown,
  migrationLogColumnHelper,
  StatusBadge,
  useMigrationLogTable,
} from 'migration-log-view';
import { useMemo } from 'react';

/** True only when A and B are the same type (`any` and `unknown` match nothing else). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only when `value`'s type is exactly T. */
declare function exactly<T>(): <V>(value: V, same: Same<V, T>) => V;

declare const rows: MigrationLog[];
declare const sort: MigrationLogSort;
declare function onSortChange(sort: MigrationLogSort): void;

const h = migrationLogColumnHelper;

// Accessor columns by key: the value is the normalised field's type.
const progress = h.accessor('progress', {
  header: 'Progress',
  cell: (info) => exactly<number | null>()(info.getValue(), true)?.toFixed(1) ?? '—',
});
const startTime = h.accessor('startTime', {
  header: 'Start',
  cell: (info) => exactly<Date | null>()(info.getValue(), true)?.toISOString() ?? '—',
});
const cutoverDate = h.accessor('cutoverDate', {
  header: 'Cutover',
  cell: (info) => formatCalendarDate(exactly<string | null>()(info.getValue(), true)) ?? '—',
});
// An accessor function: the value is what it returns; the id is the host's.
const percent = h.accessor((row) => row.progress ?? 0, {
  id: 'percent',
  header: 'Percent',
  cell: (info) => formatPercent(exactly<number>()(info.getValue(), true)),
});
// Display and group columns.
const actions = h.display({
  id: 'actions',
  header: 'Actions',
  cell: ({ row }) => <StatusBadge status={row.original.rawStatus} />,
});
const times = h.group({
  id: 'times',
  header: 'Times',
  columns: h.columns([startTime, h.accessor('endTime', { cell: (info) => formatInstant(info.getValue())?.text })]),
});

// A column factory with a named return type, without naming TanStack's feature set.
function instantColumn(field: 'startTime' | 'endTime', timeZone: string): MigrationLogColumnDef<Date | null> {
  return h.accessor(field, { cell: (info) => formatInstant(info.getValue(), { timeZone })?.text ?? '—' });
}

// One default column kept, with the host's cell: spread into a column typed with its value, as
// its JSDoc shows. Each default carries its own field's value type, not `unknown`.
const [startDefault, , generatedByDefault, cutoverDefault, progressDefault, statusDefault] = defaultMigrationLogColumns;
const statusBadge: MigrationLogColumnDef<MigrationStatusOrUnknown> = {
  ...statusDefault,
  cell: (info) => <StatusBadge status={exactly<MigrationStatusOrUnknown>()(info.getValue(), true)} />,
};
const startText: MigrationLogColumnDef<Date | null> = {
  ...startDefault,
  cell: (info) => formatInstant(info.getValue())?.text ?? '—',
};
const keptAsTheyAre = [
  { ...generatedByDefault } satisfies MigrationLogColumnDef<string | null>,
  { ...cutoverDefault } satisfies MigrationLogColumnDef<string | null>,
  { ...progressDefault } satisfies MigrationLogColumnDef<number | null>,
];

// Arrays of mixed columns, the defaults spread in, as the hook takes them.
const mixed = h.columns([progress, startTime, cutoverDate, percent, actions, times, instantColumn('endTime', 'UTC')]);
const withDefaults = h.columns([...defaultMigrationLogColumns, percent, actions]);
const withoutEnd = defaultMigrationLogColumns.filter((column) => column.id !== 'endTime');
const ownCells = h.columns([startText, ...keptAsTheyAre, statusBadge]);
// A host's own prop or constant may be readonly, as TanStack's own `columns` option is.
const frozen: readonly MigrationLogColumnDef[] = Object.freeze(h.columns([progress, actions]));

export function HostTables({ timeZone }: { timeZone: string }) {
  const zoned = useMemo(() => h.columns([instantColumn('startTime', timeZone), progress]), [timeZone]);
  return [
    useMigrationLogTable({ rows, sort, onSortChange, columns: mixed }),
    useMigrationLogTable({ rows, sort, onSortChange, columns: withDefaults }),
    useMigrationLogTable({ rows, sort, onSortChange, columns: withoutEnd }),
    useMigrationLogTable({ rows, sort, onSortChange, columns: frozen }),
    useMigrationLogTable({ rows, sort, onSortChange, columns: zoned }),
    useMigrationLogTable({ rows, sort, onSortChange, columns: ownCells }),
    useMigrationLogTable({ rows, sort, onSortChange, columns: defaultMigrationLogColumns }),
  ];
}

// Mistakes that must not compile.
// @ts-expect-error `nope` is not a field of MigrationLog.
h.accessor('nope', {});
// @ts-expect-error progress may be null: the value is `number | null`, not `any`.
h.accessor('progress', { cell: (info) => info.getValue().toFixed(1) });
// @ts-expect-error a time is a Date, not a number.
h.accessor('startTime', { cell: (info) => info.getValue()?.toFixed(1) });
// @ts-expect-error a cell's value is not a string but `number | null`.
h.accessor('progress', { cell: (info): string => info.getValue() });
// @ts-expect-error the status default's value is a status id, not a time.
({ ...statusDefault }) satisfies MigrationLogColumnDef<Date | null>;
// @ts-expect-error the progress default's value may be null: not `number`, not `unknown`.
({ ...progressDefault, cell: (info) => info.getValue().toFixed(1) }) satisfies MigrationLogColumnDef<number | null>;
// @ts-expect-error the hook has no column sizing feature: `size` would do nothing.
h.display({ id: 'wide', size: 300 });

const personFeatures = tableFeatures({});
const person = createColumnHelper<typeof personFeatures, { name: string }>();
const stock = createColumnHelper<StockFeatures, MigrationLog>();
export function WrongColumns() {
  return [
    // @ts-expect-error a column over another row type.
    useMigrationLogTable({ rows, sort, onSortChange, columns: person.columns([person.accessor('name', {})]) }),
    // @ts-expect-error a column built for another feature set than the hook's.
    useMigrationLogTable({ rows, sort, onSortChange, columns: stock.columns([stock.accessor('status', {})]) }),
    // @ts-expect-error <MigrationLogTable> takes its own `{ id, header, cell(row) }` columns, not TanStack's.
    <MigrationLogTable key="table" dataSource={null as never} columns={h.columns([actions])} />,
  ];
}
