import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { addGapNote } from '../../api/benchmarks';
import { ApiError } from '../../api/client';
import { invalidateAfterWrite } from '../../api/indicators';
import { gapNoteInputSchema } from '../../domain/benchmark-contract';
import { pick, useLocale, useT } from '../../i18n/use-t';

/** Records 为何差 (a cause) or 怎么赶 (a measure) against one indicator of one set. */
export function GapNoteForm({ setId, indicatorId }: { setId: string; indicatorId: string }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<'cause' | 'measure'>('cause');
  const [text, setText] = useState('');
  const [author, setAuthor] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const mutation = useMutation({
    mutationFn: addGapNote,
    onSuccess: async () => {
      setText('');
      setMessage({ ok: true, text: t('bench.noteSaved') });
      await invalidateAfterWrite(queryClient);
    },
    onError: (error) =>
      setMessage({ ok: false, text: error instanceof ApiError ? pick(error.text, locale) : t('error.unknown') }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = gapNoteInputSchema.safeParse({ setId, indicatorId, kind, text, author });
    if (!parsed.success) {
      setMessage({ ok: false, text: t('bench.noteInvalid') });
      return;
    }
    mutation.mutate(parsed.data);
  };
  return (
    <details className="gap-note-form">
      <summary>{t('bench.addNote')}</summary>
      <form className="obs-form" onSubmit={submit} noValidate>
        {message ? (
          <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'form-saved' : 'form-alert'}>
            {message.text}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('bench.noteKind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value === 'measure' ? 'measure' : 'cause')}
          >
            <option value="cause">{t('bench.cause')}</option>
            <option value="measure">{t('bench.measure')}</option>
          </select>
        </div>
        <div className="field field-grow">
          <label htmlFor={`${id}-text`}>{t('bench.noteText')}</label>
          <input id={`${id}-text`} value={text} maxLength={1000} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-author`}>{t('bench.noteAuthor')}</label>
          <input id={`${id}-author`} value={author} maxLength={50} onChange={(e) => setAuthor(e.target.value)} />
        </div>
        <div className="form-actions">
          <button type="submit" disabled={mutation.isPending}>
            {t('bench.noteSave')}
          </button>
        </div>
      </form>
    </details>
  );
}
