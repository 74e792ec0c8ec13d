import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { useSettingsStore, validUserName } from '../../stores/settings-store';

/** 当前用户: the name the history records changes under (the demo has no accounts). */
export function UserNameForm({ onSaved }: { onSaved: (ok: boolean, text: string) => void }) {
  const t = useT();
  const id = useId();
  const userName = useSettingsStore((s) => s.userName);
  const userNameChanged = useSettingsStore((s) => s.userNameChanged);
  const [draft, setDraft] = useState(userName);

  const save = (e: FormEvent) => {
    e.preventDefault();
    const valid = validUserName(draft);
    if (!valid) {
      onSaved(false, t('settings.userInvalid'));
      return;
    }
    userNameChanged(valid);
    setDraft(valid);
    onSaved(true, t('settings.userSaved'));
  };

  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('settings.user')}</h2>
      <p className="muted">{t('settings.userHelp')}</p>
      <form onSubmit={save} className="obs-form" noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('settings.userName')}</label>
          <input id={`${id}-name`} value={draft} maxLength={50} onChange={(e) => setDraft(e.target.value)} />
        </div>
        <div className="form-actions">
          <button type="submit">{t('settings.userSave')}</button>
        </div>
      </form>
    </section>
  );
}
