import { Link } from '@tanstack/react-router';
import type { Owner } from '../../domain/indicator';
import { useT } from '../../i18n/use-t';

/** An owner (责任单位 · 责任人); the unit links to everything it owns ("谁来赶"). */
export function OwnerLink({ owner, period }: { owner: Owner; period: string }) {
  const t = useT();
  return (
    <span className="owner">
      <Link
        to="/responsibility"
        search={{ period, unit: owner.unit }}
        title={t('actions.owner.linkTitle', { unit: owner.unit })}
      >
        {owner.unit}
      </Link>
      <span className="muted"> · {owner.person}</span>
    </span>
  );
}
