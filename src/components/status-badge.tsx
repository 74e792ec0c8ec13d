import type { StatusReason, Status } from '../domain/status';
import type { RuleTrace } from '../domain/rule-trace';
import { presetName, presetReasonText, ruleTraceText } from '../domain/status-presets-text';
import { statusLabel, statusMeaning, statusReasonText } from '../domain/status-text';
import { useLocale } from '../i18n/use-t';

const SHAPES: Record<Status, string> = { red: '■', yellow: '▲', blue: '◆', green: '●', grey: '○' };

/**
 * The status light: a shape and a word as well as a colour (status never by colour alone),
 * with the reason in words when asked for. When a preset other than the default gave the light,
 * its rule and reason are said too, so a light that differs from the default one is explained.
 */
export function StatusBadge({
  status,
  reason,
  rule,
  showReason = false,
  compactRule = false,
  sayMeaning = true,
}: {
  status: Status;
  reason?: StatusReason;
  /** Which preset and rule gave the light (shown unless it is the default rule). */
  rule?: RuleTrace;
  showReason?: boolean;
  /** Shows only the preset's name, the rule's reason in a tooltip and for screen readers (tables). */
  compactRule?: boolean;
  /** Whether screen readers hear the light's meaning (off where it is already visible beside it). */
  sayMeaning?: boolean;
}) {
  const locale = useLocale();
  const byPreset = rule && rule.preset !== 'default' ? rule : null;
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
      {byPreset && compactRule ? (
        <span className="status-rule" title={ruleTraceText(byPreset, locale)}>
          {presetName(byPreset.preset, locale)}
          <span className="visually-hidden">
            {locale === 'zh-CN' ? '：' : ': '}
            {presetReasonText(byPreset.reason, locale)}
          </span>
        </span>
      ) : null}
      {byPreset && !compactRule ? <span className="status-rule">{ruleTraceText(byPreset, locale)}</span> : null}
    </span>
  );
}
