import type { MigrationLogMessages } from '../../core/messages.js';
import type { IssueLevel } from '../../core/types.js';

interface IssueLevelFilterProps {
  level: IssueLevel | undefined;
  onLevelChange: (level: IssueLevel | undefined) => void;
  messages: MigrationLogMessages;
}

/** All / Errors / Warnings as toggle buttons: one pressed at a time, each a plain Tab stop. */
export function IssueLevelFilter({ level, onLevelChange, messages }: IssueLevelFilterProps) {
  const options: Array<{ value: IssueLevel | undefined; label: string; key: string }> = [
    { value: undefined, label: messages.issueFilterAll, key: 'all' },
    { value: 'error', label: messages.issueFilterErrors, key: 'error' },
    { value: 'warning', label: messages.issueFilterWarnings, key: 'warning' },
  ];
  return (
    <fieldset className="mlv-segmented mlv-details__issue-filter">
      <legend className="mlv-field__label">{messages.issueFilterLabel}</legend>
      {options.map((option) => (
        <button
          key={option.key}
          type="button"
          className="mlv-button mlv-segmented__button"
          data-level={option.key}
          aria-pressed={level === option.value}
          onClick={() => onLevelChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </fieldset>
  );
}
