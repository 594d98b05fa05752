import { useEffect, useId, useRef, useState } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationLogDetails } from '../../core/types.js';
import { Field } from './details-parts.js';

interface ParametersListProps {
  parameters: MigrationLogDetails['parameters'];
  messages: MigrationLogMessages;
}

/**
 * A generated config can carry thousands, and rendering them all made the dialog open over a second
 * late. As many as a page of issues keeps a dialog with 5,000 as fast as one with 5.
 */
const FIRST = 50;

/** The parameters the migration ran with, as name → value text; past FIRST, the rest on request. */
export function ParametersList({ parameters, messages }: ParametersListProps) {
  const headingId = useId();
  const list = useRef<HTMLDListElement>(null);
  const [all, setAll] = useState(false);
  const more = !all && parameters.length > FIRST;
  useEffect(() => {
    // The button is gone: reading goes on at the first parameter it revealed. Tabbable while
    // focused: the dialog's focus trap wraps Tab only from its last tabbable element, and from a
    // tabIndex -1 one after it Tab went nowhere.
    const next = list.current?.children[FIRST] as HTMLElement | undefined;
    if (all && next) {
      next.tabIndex = 0;
      next.focus();
      next.onblur = () => next.removeAttribute('tabindex');
    }
  }, [all]);
  return (
    <section className="mlv-details__parameters" aria-labelledby={headingId}>
      <h3 id={headingId} className="mlv-details__heading">
        {messages.parametersHeading}
      </h3>
      {parameters.length === 0 ? (
        <p className="mlv-details__empty">{messages.noParameters}</p>
      ) : (
        // A new list on "Show all", not 4,950 items inserted into the old one: React places each
        // inserted item by walking its new siblings, quadratic (50,000 parameters: 12 s of script).
        <dl key={+all} ref={list} className="mlv-details__parameter-list">
          {(more ? parameters.slice(0, FIRST) : parameters).map(({ name, value }, index) => (
            // Names are object keys, but normalisation may map several to '' — position keeps keys unique.
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity beyond position.
            <Field key={index} label={name ? <bdi>{name}</bdi> : messages.notAvailable}>
              {value ? <bdi>{value}</bdi> : messages.notAvailable}
            </Field>
          ))}
        </dl>
      )}
      {more && (
        <button type="button" className="mlv-button mlv-details__show-all" onClick={() => setAll(true)}>
          {messages.showAllParameters(parameters.length)}
        </button>
      )}
    </section>
  );
}
