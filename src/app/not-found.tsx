import { Link } from '@tanstack/react-router';
import { useT } from '../i18n/use-t';

/** Shown for a URL that matches no page. */
export function NotFound() {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">404</h1>
      <p>
        <Link to="/" search={{ period: '2020-06' }}>
          {t('nav.overview')}
        </Link>
      </p>
    </section>
  );
}
