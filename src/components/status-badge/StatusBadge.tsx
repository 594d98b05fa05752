import { type HTMLAttributes, useId } from 'react';
import { parseStatus, STATUS_DEFINITIONS } from '../../core/status.js';
import type { MigrationStatusOrUnknown } from '../../core/types.js';
import { rootClass } from '../shared/class-names.js';
import { useMessages } from '../shared/use-messages.js';
import { visuallyHiddenStyle } from '../shared/VisuallyHidden.js';
import type { ViewProps } from '../shared/view-props.js';
import { StatusIcon } from './StatusIcon.js';
import { useTooltip } from './use-tooltip.js';

/** Props of `<StatusBadge>`. */
export interface StatusBadgeProps
  extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'>,
    Omit<ViewProps, 'locale' | 'timeZone'> {
  /**
   * A status as the server sent it (`COMPLETED_WARNING`, `In progress`, …) or a normalised one. For a
   * normalised row pass `row.rawStatus`, not `row.status`: `status` is `'unknown'` for every value
   * the view does not know, so the badge could only say "Unknown (unknown)"; `rawStatus` gives
   * `Unknown (PAUSED)`, and the same badge as `status` for every known one.
   */
  status: string;
  /**
   * Give the badge its status description: a tooltip on hover and keyboard focus, and its
   * accessible description. `false` leaves it out, where the description is shown as text beside
   * the badge (read twice otherwise). @default true
   */
  describe?: boolean;
}

/**
 * A status as an icon plus its label, never colour alone. Unknown statuses show the raw value.
 * The badge is focusable when it has a tooltip, so keyboard users can read the description too.
 */
export function StatusBadge({ status, describe = true, messages, unstyled, className, ...rest }: StatusBadgeProps) {
  const text = useMessages(messages);
  const descriptionId = useId();
  // WCAG 1.4.13: content shown on hover or focus can be dismissed (Escape) without moving focus.
  const tooltip = useTooltip(describe, rest);
  const parsed: MigrationStatusOrUnknown = parseStatus(status);
  const definition = STATUS_DEFINITIONS[parsed];
  const label = parsed === 'unknown' ? text.unknownStatusLabel(status.trim()) : text.statusLabels[parsed];
  const support = definition.needsSupport && text.supportText ? ` ${text.supportText}` : '';

  return (
    <span
      {...rest}
      className={rootClass('mlv-status-badge', unstyled, className)}
      data-status={parsed}
      data-tone={definition.tone}
      tabIndex={describe ? 0 : undefined}
      aria-describedby={describe ? descriptionId : undefined}
      {...tooltip.handlers}
    >
      <StatusIcon status={parsed} />
      <span className="mlv-status-badge__label">{label}</span>
      {describe && (
        <span
          id={descriptionId}
          role="tooltip"
          className="mlv-status-badge__description"
          style={visuallyHiddenStyle}
          data-dismissed={tooltip.dismissed ? '' : undefined}
        >
          {/* An unknown raw value can be longer than the badge shows: the tooltip says it whole. */}
          {parsed === 'unknown' && `${label}. `}
          {text.statusDescriptions[parsed]}
          {support}
        </span>
      )}
    </span>
  );
}
