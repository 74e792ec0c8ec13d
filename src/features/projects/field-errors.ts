import type { FieldIssue } from '../../api/client';
import { ApiError } from '../../api/client';

/**
 * The API's field errors keyed by the form's own field names (`toField` maps an API path such as
 * "owner.unit" to one, or returns undefined for a message about the whole form), plus the form-level
 * message: the API's own words when it has no field to point at.
 */
export function fieldErrorsOf(
  error: unknown,
  toField: (path: string) => string | undefined,
): { fields: Map<string, FieldIssue>; form: FieldIssue['message'] | undefined } {
  const fields = new Map<string, FieldIssue>();
  let form: FieldIssue['message'] | undefined;
  if (error instanceof ApiError) {
    for (const issue of error.fields) {
      const field = toField(issue.field);
      if (field === undefined) form ??= issue.message;
      else if (!fields.has(field)) fields.set(field, { field, message: issue.message });
    }
    if (fields.size === 0) form ??= error.text;
  } else {
    form = { zh: '提交失败', en: 'Submit failed' };
  }
  return { fields, form };
}
