import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { pick, useLocale, useT } from '../i18n/use-t';

/** The loading line, announced politely. */
export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <p className="state state-loading" role="status">
      {label ?? t('state.loading')}
    </p>
  );
}

/** An API failure in words, with a retry: never a blank page or a stack trace. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  const locale = useLocale();
  const message = error instanceof ApiError ? pick(error.text, locale) : t('error.unknown');
  return (
    <div className="state state-error" role="alert">
      <p>{t('state.error', { message })}</p>
      <button type="button" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

/** Renders loading, error or the content of a query. */
export function QueryState<T>({
  query,
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <Loading />;
}
