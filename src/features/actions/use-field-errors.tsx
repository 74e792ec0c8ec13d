import { useId, useState } from 'react';
import { ApiError, type FieldIssue } from '../../api/client';
import { pick, useLocale, useT } from '../../i18n/use-t';

/**
 * Field errors of a small form: the API's (or the form's own) issues land next to the fields they
 * name, anything else in one alert at the top. The inputs say they are invalid and point at their
 * message, so a screen reader hears it with the field.
 */
export function useFieldErrors<F extends string>(fields: readonly F[]) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const of = (field: F) => issues.find((i) => i.field === field);
  const others = issues.filter((i) => !fields.includes(i.field as F));
  return {
    id,
    hasErrors: issues.length > 0,
    set: setIssues,
    clear: () => setIssues([]),
    /** Takes a failed write's issues (or its message when it names no field). */
    fromError: (error: unknown) =>
      setIssues(
        error instanceof ApiError && error.fields.length > 0
          ? error.fields
          : [
              {
                field: 'form',
                message: error instanceof ApiError ? error.text : { zh: '提交失败', en: 'The change was not saved' },
              },
            ],
      ),
    /** id, name and the invalid state of a field's control. */
    props: (field: F) => ({
      id: `${id}-${field}`,
      name: field,
      'aria-invalid': of(field) ? true : undefined,
      'aria-describedby': of(field) ? `${id}-${field}-error` : undefined,
    }),
    /** The message under a field, if it has one. */
    message: (field: F) => {
      const issue = of(field);
      return issue ? (
        <p id={`${id}-${field}-error`} className="field-error">
          {pick(issue.message, locale)}
        </p>
      ) : null;
    },
    /** The alert at the top: what no field shows, or a pointer to the fields marked. */
    alert:
      issues.length > 0 ? (
        <p role="alert" className="form-alert">
          {others.length > 0 ? others.map((i) => pick(i.message, locale)).join(' ') : t('form.invalid')}
        </p>
      ) : null,
  };
}

/** The form's own check of a draft, as field issues named like the API's ("name.zh", "owner.unit"). */
export function localIssues(issues: readonly { path: readonly PropertyKey[]; code: string }[]): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || 'form';
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({
      field,
      message:
        issue.code === 'too_small' || issue.code === 'invalid_type'
          ? { zh: '请填写此项', en: 'Fill this in' }
          : { zh: '格式不正确', en: 'Invalid format' },
    });
  }
  return out;
}
