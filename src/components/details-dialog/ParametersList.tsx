import { memo, useId } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationLogDetails } from '../../core/types.js';
import { Field } from './details-parts.js';
import { useShowAll } from './use-show-all.js';

interface ParametersListProps {
  parameters: MigrationLogDetails['parameters'];
  messages: MigrationLogMessages;
}

/**
 * The parameters the migration ran with, as name → value text; past the first 50, the rest on
 * request. Memoised, as ObjectBreakdown is: the dialog's close does not render thousands again.
 */
export const ParametersList = memo(function ParametersList({ parameters, messages }: ParametersListProps) {
  const headingId = useId();
  const [list, end, more, showAll] = useShowAll<HTMLDListElement>(parameters.length);
  return (
    <section className="mlv-details__parameters" aria-labelledby={headingId}>
      <h3 id={headingId} className="mlv-details__heading">
        {messages.parametersHeading}
      </h3>
      {parameters.length === 0 ? (
        <p className="mlv-details__empty">{messages.noParameters}</p>
      ) : (
        // Re-keyed on "Show all": a new list is built in linear time (see useShowAll).
        <dl key={+more} ref={list} className="mlv-details__parameter-list">
          {parameters.slice(0, end).map(({ name, value }, index) => (
            // Names are object keys, but normalisation may map several to '' — position keeps keys unique.
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity beyond position.
            <Field key={index} label={name ? <bdi>{name}</bdi> : messages.notAvailable}>
              {value ? <bdi>{value}</bdi> : messages.notAvailable}
            </Field>
          ))}
        </dl>
      )}
      {more && (
        <button type="button" className="mlv-button mlv-details__show-all" onClick={showAll}>
          {messages.showAllParameters(parameters.length)}
        </button>
      )}
    </section>
  );
});
