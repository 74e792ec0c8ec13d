import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { resetDemoData } from '../../api/indicators';
import { CATEGORIES, type Category } from '../../domain/indicator';
import { DEFAULT_PRESET_MAP, type PresetMap } from '../../domain/preset-map';
import { DEFAULT_THRESHOLDS, thresholdsSchema } from '../../domain/status';
import { PRESET_IDS, presetIdSchema } from '../../domain/status-presets';
import { presetName } from '../../domain/status-presets-text';
import { presetDescription } from '../../domain/status-presets-descriptions';
import { CATEGORY_LABELS } from '../../i18n/labels';
import { pick, useLocale, useT } from '../../i18n/use-t';
import { useSettingsStore } from '../../stores/settings-store';
// The page's messages: registered on import, before anything here renders.
import '../../i18n/messages-settings';
import { UserNameForm } from './user-name-form';

/** 设置: the status light thresholds (documented defaults), the rule preset per indicator group, and the demo data reset. */
export function SettingsPage() {
  const t = useT();
  const id = useId();
  const queryClient = useQueryClient();
  const thresholds = useSettingsStore((s) => s.thresholds);
  const thresholdsChanged = useSettingsStore((s) => s.thresholdsChanged);
  const locale = useLocale();
  const presets = useSettingsStore((s) => s.presets);
  const presetsChanged = useSettingsStore((s) => s.presetsChanged);
  // A draft: lights change on "save" for every view at once, not select by select.
  const [presetDraft, setPresetDraft] = useState<PresetMap>(presets);
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

  const savePresets = (e: FormEvent) => {
    e.preventDefault();
    presetsChanged(presetDraft);
    setMessage({ kind: 'ok', text: t('settings.presetsSaved') });
  };
  const choosePreset = (category: Category, value: string) => {
    const parsed = presetIdSchema.safeParse(value);
    if (parsed.success) setPresetDraft((d) => ({ ...d, [category]: parsed.data }));
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
      <section className="panel" aria-labelledby={`${id}-presets`}>
        <h2 id={`${id}-presets`}>{t('settings.presets')}</h2>
        <p className="muted">{t('settings.presetsHelp')}</p>
        <form onSubmit={savePresets} className="obs-form" noValidate>
          {CATEGORIES.map((category) => (
            <div className="field" key={category}>
              <label htmlFor={`${id}-preset-${category}`}>{pick(CATEGORY_LABELS[category], locale)}</label>
              <select
                id={`${id}-preset-${category}`}
                value={presetDraft[category]}
                aria-describedby={`${id}-preset-${category}-help`}
                onChange={(e) => choosePreset(category, e.target.value)}
              >
                {PRESET_IDS.map((preset) => (
                  <option key={preset} value={preset}>
                    {presetName(preset, locale)}
                  </option>
                ))}
              </select>
              <p id={`${id}-preset-${category}-help`} className="field-help muted">
                {presetDescription(presetDraft[category], locale)}
              </p>
            </div>
          ))}
          <div className="form-actions">
            <button type="submit">{t('settings.savePresets')}</button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                presetsChanged(DEFAULT_PRESET_MAP);
                setPresetDraft(DEFAULT_PRESET_MAP);
                setMessage({ kind: 'ok', text: t('settings.presetsSaved') });
              }}
            >
              {t('settings.restorePresets')}
            </button>
          </div>
        </form>
      </section>
      <UserNameForm onSaved={(ok, text) => setMessage({ kind: ok ? 'ok' : 'error', text })} />
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
