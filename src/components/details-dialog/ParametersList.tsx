import { useId } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationLogDetails } from '../../core/types.js';
import { Field } from './details-parts.js';

interface ParametersListProps {
  parameters: MigrationLogDetails['parameters'];
  messages: MigrationLogMessages;
}

/** The parameters the migration ran with, as name → value text. */
export function ParametersList({ parameters, messages }: ParametersListProps) {
  const headingId = useId();
  return (
    <section className="mlv-details__parameters" aria-labelledby={headingId}>
      <h3 id={headingId} className="mlv-details__heading">
        {messages.parametersHeading}
      </h3>
      {parameters.length === 0 ? (
        <p className="mlv-details__empty">{messages.noParameters}</p>
      ) : (
        <dl className="mlv-details__parameter-list">
          {parameters.map(({ name, value }, index) => (
            // Names are object keys, but normalisation may map several to '' — position keeps keys unique.
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity beyond position.
            <Field key={index} label={name ? <bdi>{name}</bdi> : messages.notAvailable}>
              {value ? <bdi>{value}</bdi> : messages.notAvailable}
            </Field>
          ))}
        </dl>
      )}
    </section>
  );
}
