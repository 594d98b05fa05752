/** Arbitraries for what a broken or malicious backend may send: hostile text, absurd numbers, wrong types. */
import fc from 'fast-check';

/** Markup and script payloads; none of them may ever become an element or attribute. */
export const HTML_PAYLOADS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  '<svg onload=alert(1)><image href=x /></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '</td></tr></table><object data=x></object>',
  '<style>*{display:none}</style>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  'javascript:alert(1)',
  ' JAVASCRIPT:alert(1)',
  'data:text/html,<b>x</b>',
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, literally.
  '${alert(1)}',
];

const TEXT_PAYLOADS: readonly string[] = [
  '\u202Egnp.exe',
  '\u200F\u202Bمرحبا\u202C',
  'שלום עולם',
  '😀👩‍👩‍👧🏳️‍🌈',
  'x'.repeat(10_000),
  '😀'.repeat(6_000),
  '__proto__',
  'constructor',
  'toString',
  '',
  '   ',
  '\u0000',
  '\uD800',
  'Completed-Warning',
  'IN_PROGRESS',
  'PAUSED',
  '2024-02-30',
  '2024-02-29',
  '2024-01-01T10:00:00Z',
  'yesterday',
  'https://files.example.com/r.csv',
  '42',
  'NaN',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HTML_PAYLOADS),
  fc.constantFrom(...TEXT_PAYLOADS),
  fc
    .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...HTML_PAYLOADS), fc.string({ maxLength: 8 }))
    .map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(1e20, -1e20, Number.MAX_VALUE, -Number.MAX_VALUE, -0, 8.64e15 + 1, 250, -5, Number.NaN),
);

/** Values of the wrong type: nested objects, arrays, BigInt, boxed values, dates, maps, sparse arrays. */
export const junk: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 2,
  maxKeys: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  stringUnit: 'binary',
});

/** Any value a field could hold. */
export const field: fc.Arbitrary<unknown> = fc.oneof(hostileString, hostileNumber, junk);

const status = fc.oneof(
  fc.constantFrom('Accepted', 'In progress', 'ERROR', 'Completed', 'COMPLETED_WARNING', 'completed-warning'),
  field,
);
const instant = fc.date({ noInvalidDate: true }).map((d) => d.toISOString());

/** Record-shaped input; a small id pool forces duplicate ids and ids that look like generated keys. */
export const hostileRecord = fc.record(
  {
    id: fc.oneof(fc.constantFrom('dup', 'dup', 'dup~1', '#1', '#2', ' dup '), fc.constantFrom(...HTML_PAYLOADS), field),
    status,
    startTime: fc.oneof(instant, field),
    endTime: fc.oneof(instant, field),
    generatedBy: field,
    cutoverDate: fc.oneof(
      instant.map((s) => s.slice(0, 10)),
      field,
    ),
    progress: fc.oneof(fc.double({ min: -50, max: 150 }), field),
  },
  { requiredKeys: [] },
);

/** A list answer: mostly the right shape with hostile items, sometimes no page at all. */
export const hostilePage = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      { items: fc.array(fc.oneof(hostileRecord, junk), { maxLength: 8 }), total: field, hasNextPage: field },
      { requiredKeys: ['items'] },
    ),
  },
  { weight: 1, arbitrary: field },
);

const issue = fc.record(
  {
    level: fc.oneof(fc.constantFrom('error', 'warning', 'WARN'), field),
    message: field,
    object: field,
    recordKey: field,
    count: field,
  },
  { requiredKeys: [] },
);

/** A page of issues as `listIssues` answers it, or no page at all. */
export const hostileIssuePage = fc.oneof(
  { weight: 4, arbitrary: fc.record({ items: fc.array(fc.oneof(issue, junk), { maxLength: 6 }), total: field }) },
  { weight: 1, arbitrary: field },
);

/** A details answer: a hostile record plus hostile objects, issues, counts, parameters and link. */
export const hostileDetails = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        hostileRecord,
        fc.record(
          {
            objects: fc.oneof(
              fc.array(
                fc.oneof(
                  fc.record({ name: field, total: field, processed: field, failed: field, skipped: field }),
                  junk,
                ),
                { maxLength: 4 },
              ),
              field,
            ),
            issues: hostileIssuePage,
            issueCounts: fc.oneof(
              fc.dictionary(fc.constantFrom('total', 'processed', 'succeeded', 'failed', 'skipped', 'warnings'), field),
              field,
            ),
            parameters: fc.oneof(fc.dictionary(hostileString, field, { maxKeys: 4 }), field),
            resultFileUrl: fc.oneof(fc.constantFrom(...HTML_PAYLOADS), fc.webUrl(), field),
          },
          { requiredKeys: [] },
        ),
      )
      .map(([record, rest]) => ({ ...record, ...rest })),
  },
  { weight: 1, arbitrary: field },
);
