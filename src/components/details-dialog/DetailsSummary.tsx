import { useRef, useState } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';
import { isActiveStatus, STATUS_DEFINITIONS } from '../../core/status.js';
import type { MigrationLogDetails } from '../../core/types.js';
import { CalendarDateText } from '../shared/CalendarDateText.js';
import { InstantText } from '../shared/InstantText.js';
import { notAvailable } from '../shared/not-available.js';
import { StatusBadge } from '../status-badge/StatusBadge.js';
import { CopyButton } from './CopyButton.js';
import { DurationText } from './DurationText.js';
import { Field } from './details-parts.js';

interface DetailsSummaryProps {
  details: MigrationLogDetails;
  locale: string | undefined;
  timeZone: string | undefined;
  now: number | undefined;
  messages: MigrationLogMessages;
  unstyled: boolean | undefined;
}

/** Status with its meaning, id, who started it, when, for how long, and from which cutover date. */
export function DetailsSummary({ details, locale, timeZone, now, messages, unstyled }: DetailsSummaryProps) {
  const [showUtc, setShowUtc] = useState(false);
  const idRef = useRef<HTMLElement>(null);
  const { status, generatedBy } = details;
  const support = STATUS_DEFINITIONS[status].needsSupport ? messages.supportText : '';

  const instant = (value: Date | null) => (
    <>
      <InstantText value={value} locale={locale} timeZone={timeZone} messages={messages} />
      {showUtc && value && <span className="mlv-details__utc">{messages.utcTime(value.toISOString())}</span>}
    </>
  );

  return (
    <section className="mlv-details__summary">
      <div className="mlv-details__status">
        <h3 className="mlv-details__heading">{messages.columnStatus}</h3>
        {/* The status as sent: the badge parses it to `status` again, and an unknown one keeps its spelling. */}
        <StatusBadge status={details.rawStatus} describe={false} messages={messages} unstyled={unstyled} />
        <p className="mlv-details__status-description">
          {messages.statusDescriptions[status]}
          {support && <span className="mlv-details__support"> {support}</span>}
        </p>
      </div>
      <dl className="mlv-details__fields">
        <Field label={messages.migrationIdLabel} name="id">
          <code ref={idRef} className="mlv-details__id">
            {details.id}
          </code>{' '}
          <CopyButton value={details.id} selectTarget={idRef} messages={messages} />
        </Field>
        <Field label={messages.columnGeneratedBy} name="generatedBy">
          {generatedBy !== null ? (
            <bdi>
              {/* An email wraps after its @ and dots, not wherever the line ends ("…exampl", "e"). Not
                  past an email's 254 characters: thousands of <wbr> took a second to render. */}
              {generatedBy.length > 254
                ? generatedBy
                : // biome-ignore lint/suspicious/noArrayIndexKey: the fixed pieces of one string, never reordered
                  generatedBy.split(/([@.])/).map((part, i) => (i % 2 ? [part, <wbr key={i} />] : part))}
            </bdi>
          ) : (
            notAvailable(messages)
          )}
        </Field>
        <Field label={messages.columnStartTime} name="startTime">
          {instant(details.startTime)}
        </Field>
        <Field label={messages.columnEndTime} name="endTime">
          {instant(details.endTime)}
        </Field>
        <Field label={messages.durationLabel} name="duration">
          <DurationText
            start={details.startTime}
            end={details.endTime}
            active={isActiveStatus(status)}
            now={now}
            locale={locale}
            messages={messages}
          />
        </Field>
        <Field label={messages.columnCutoverDate} name="cutoverDate">
          <CalendarDateText value={details.cutoverDate} locale={locale} messages={messages} />
        </Field>
      </dl>
      <button
        type="button"
        className="mlv-button mlv-details__utc-toggle"
        aria-pressed={showUtc}
        onClick={() => setShowUtc((shown) => !shown)}
      >
        {messages.showUtcTimes}
      </button>
    </section>
  );
}
