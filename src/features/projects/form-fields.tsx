import type { FieldIssue } from '../../api/client';
import type { Locale } from '../../domain/format';
import { pick } from '../../i18n/use-t';

/**
 * The attributes that tie a form control to its error (aria-invalid, aria-describedby) and the error
 * text itself, so a message from the API lands next to its field and is read with it.
 */
export function fieldBinding(baseId: string, errors: ReadonlyMap<string, FieldIssue>, locale: Locale) {
  return {
    props: (field: string) => {
      const error = errors.get(field);
      return {
        id: `${baseId}-${field}`,
        name: field,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? `${baseId}-${field}-error` : undefined,
      };
    },
    error: (field: string) => {
      const error = errors.get(field);
      return error ? (
        <p id={`${baseId}-${field}-error`} className="field-error">
          {pick(error.message, locale)}
        </p>
      ) : null;
    },
  };
}
