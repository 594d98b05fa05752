import { render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { IssueItems } from '../../../src/components/details-dialog/IssueItems.js';
import { defaultMessages } from '../../../src/core/messages.js';
import type { MigrationIssue } from '../../../src/core/types.js';

const issues: MigrationIssue[] = Array.from({ length: 50 }, (_, i) => ({
  key: `k${i}`,
  level: 'error',
  message: `issue ${i}`,
  count: 1,
  object: null,
  recordKey: null,
}));

/** Runs in the commit before IssueItems renders again: what its first render drew. */
function FirstCommit({ seen }: { seen: (count: number) => void }) {
  useLayoutEffect(() => seen(document.querySelectorAll('.mlv-details__issue').length), [seen]);
  return null;
}

// Before any issue is drawn, the list draws the issues that fit a 480 px view at 72 px each (7),
// plus 2 past it: enough for a first look, a fraction of a full page of long issues.
it('draws the issues of a 480 px view at 72 px each, plus 2, before it knows the layout', () => {
  let first = 0;
  render(
    <>
      <IssueItems items={issues} locale={undefined} messages={defaultMessages} />
      <FirstCommit
        seen={(count) => {
          first = count;
        }}
      />
    </>,
  );
  expect(first).toBe(9);
});
