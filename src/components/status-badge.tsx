import type { StatusReason, Status } from '../domain/status';
import { statusLabel, statusMeaning, statusReasonText } from '../domain/status-text';
import { useLocale } from '../i18n/use-t';

const SHAPES: Record<Status, string> = { red: '■', yellow: '▲', blue: '◆', green: '●', grey: '○' };

/**
 * The status light: a shape and a word as well as a colour (status never by colour alone),
 * with the reason in words when asked for.
 */
export function StatusBadge({
  status,
  reason,
  showReason = false,
  sayMeaning = true,
}: {
  status: Status;
  reason?: StatusReason;
  showReason?: boolean;
  /** Whether screen readers hear the light's meaning (off where it is already visible beside it). */
  sayMeaning?: boolean;
}) {
  const locale = useLocale();
  return (
    <span className={`status status-${status}`}>
      <span className="status-light">
        <span aria-hidden="true" className="status-shape">
          {SHAPES[status]}
        </span>
        {statusLabel(status, locale)}
        {sayMeaning ? <span className="visually-hidden"> ({statusMeaning(status, locale)})</span> : null}
      </span>
      {showReason && reason ? <span className="status-reason">{statusReasonText(reason, locale)}</span> : null}
    </span>
  );
}
