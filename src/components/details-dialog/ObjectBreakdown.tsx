// biome-ignore-all lint/a11y/noRedundantRoles: over 50 rows, the table's parts are laid out as blocks
// and grids (see components.css); explicit roles keep it a table in a browser that drops the
// semantics of a table whose display changed (Safari has done so), which we cannot test here.
import { memo } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationObjectStats } from '../../core/types.js';
import { countText } from './details-parts.js';
import { FIRST, useShowAll } from './use-show-all.js';

interface ObjectBreakdownProps {
  objects: MigrationObjectStats[];
  locale: string | undefined;
  messages: MigrationLogMessages;
}

/** The count columns: `data-column` (and field) name and `messages` header of each. */
const COLUMNS = [
  ['total', 'objectTotal'],
  ['processed', 'objectProcessed'],
  ['failed', 'objectFailed'],
  ['skipped', 'objectSkipped'],
] as const;

/**
 * After "Show all", focus goes to the first revealed row's header cell, not the row: a screen reader
 * reads a cell with its row and column header, and table navigation goes on from there. (The
 * table's rows start with its header row.)
 */
const rowHeader = (table: HTMLTableElement) => table.rows[FIRST + 1]?.cells[0];

/**
 * Records per object type (subscriptions, invoice items, …) as a captioned table; past the first 50
 * rows, the rest on request. Memoised: closing the dialog renders it once more (Radix marks it
 * closed, then unmounts it), and after "Show all" rendering 10,000 rows again took half the close.
 */
export const ObjectBreakdown = memo(function ObjectBreakdown({ objects, locale, messages }: ObjectBreakdownProps) {
  const [list, end, more, showAll] = useShowAll<HTMLTableElement>(objects.length, rowHeader);
  const empty = objects.length === 0;
  // Named by the table's region when there is one, by itself when there is none.
  return (
    <section className="mlv-details__objects" aria-label={empty ? messages.objectsCaption : undefined}>
      {empty ? (
        <p className="mlv-details__empty">{messages.noObjects}</p>
      ) : (
        // Wide tables scroll inside the dialog instead of widening it; focusable so keyboards can scroll it.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        <section className="mlv-details__table-scroll" aria-label={messages.objectsCaption} tabIndex={0}>
          <table ref={list} role="table" className="mlv-details__table">
            <caption className="mlv-details__caption">{messages.objectsCaption}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  {messages.objectName}
                </th>
                {COLUMNS.map(([column, header]) => (
                  <th key={column} scope="col" role="columnheader" data-column={column}>
                    {messages[header]}
                  </th>
                ))}
              </tr>
            </thead>
            {/* Bodies of 50 rows: those past the first are laid out only near the view (see components.css),
              and "Show all" appends bodies, not thousands of rows React would place one by one. */}
            {objects.slice(0, end).map(
              (_, start) =>
                start % FIRST === 0 && (
                  // Names come from the server and may repeat; positions keep keys unique.
                  // biome-ignore lint/suspicious/noArrayIndexKey: bodies and rows have no identity beyond position.
                  <tbody key={start} role="rowgroup">
                    {objects.slice(start, start + FIRST).map((object, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: as above.
                      <tr key={index} role="row">
                        <th scope="row" role="rowheader" className="mlv-details__object-name">
                          <bdi>{object.name}</bdi>
                        </th>
                        {COLUMNS.map(([column]) => (
                          <td key={column} role="cell" data-column={column}>
                            {countText(object[column], locale, messages)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                ),
            )}
          </table>
        </section>
      )}
      {more && (
        <button type="button" className="mlv-button mlv-details__show-all" onClick={showAll}>
          {messages.showAllObjects(objects.length)}
        </button>
      )}
    </section>
  );
});
