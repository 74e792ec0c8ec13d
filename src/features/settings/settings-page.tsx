import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { resetDemoData } from '../../api/indicators';
import { DEFAULT_THRESHOLDS, thresholdsSchema } from '../../domain/status';
import { useT } from '../../i18n/use-t';
import { useSettingsStore } from '../../stores/settings-store';

/** 设置: the status light thresholds (documented defaults) and the demo data reset. */
export function SettingsPage() {
  const t = useT();
  const id = useId();
  const queryClient = useQueryClient();
  const thresholds = useSettingsStore((s) => s.thresholds);
  const thresholdsChanged = useSettingsStore((s) => s.thresholdsChanged);
  const [yellow, setYellow] = useState(String(thresholds.yellowWithin));
  const [blue, setBlue] = useState(String(thresholds.blueDays));
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const reset = useMutation({
    mutationFn: () => resetDemoData(queryClient),
    onSuccess: () => setMessage({ kind: 'ok', text: t('settings.resetDone') }),
    onError: () => setMessage({ kind: 'error', text: t('error.network') }),
  });

  const save = (e: FormEvent) => {
    e.preventDefault();
    const parsed = thresholdsSchema.safeParse({ yellowWithin: Number(yellow), blueDays: Number(blue) });
    if (yellow.trim() === '' || blue.trim() === '' || !parsed.success) {
      setMessage({ kind: 'error', text: t('settings.invalid') });
      return;
    }
    thresholdsChanged(parsed.data);
    setMessage({ kind: 'ok', text: t('settings.saved') });
  };

  return (
    <div className="page">
      <h1>{t('settings.heading')}</h1>
      {message ? (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'form-alert' : 'form-saved'}
        >
          {message.text}
        </p>
      ) : null}
      <section className="panel" aria-labelledby={`${id}-rule`}>
        <h2 id={`${id}-rule`}>{t('settings.thresholds')}</h2>
        <p className="muted">{t('settings.thresholdsHelp')}</p>
        <form onSubmit={save} className="obs-form" noValidate>
          <div className="field">
            <label htmlFor={`${id}-yellow`}>{t('settings.yellowWithin')}</label>
            <input id={`${id}-yellow`} inputMode="decimal" value={yellow} onChange={(e) => setYellow(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-blue`}>{t('settings.blueDays')}</label>
            <input id={`${id}-blue`} inputMode="numeric" value={blue} onChange={(e) => setBlue(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="submit">{t('settings.save')}</button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                thresholdsChanged(DEFAULT_THRESHOLDS);
                setYellow(String(DEFAULT_THRESHOLDS.yellowWithin));
                setBlue(String(DEFAULT_THRESHOLDS.blueDays));
                setMessage({ kind: 'ok', text: t('settings.saved') });
              }}
            >
              {t('settings.restore')}
            </button>
          </div>
        </form>
      </section>
      <section className="panel" aria-labelledby={`${id}-demo`}>
        <h2 id={`${id}-demo`}>{t('settings.demo')}</h2>
        <p className="muted">{t('settings.demoHelp')}</p>
        <button type="button" onClick={() => reset.mutate()} disabled={reset.isPending}>
          {t('settings.reset')}
        </button>
      </section>
    </div>
  );
}
