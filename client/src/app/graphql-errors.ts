import { CombinedGraphQLErrors } from '@apollo/client';

/** Does the error of an operation carry this `extensions.code` (the API's stable error codes)? */
export function hasErrorCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

/**
 * The rule of a refusal that names a field, without the field, which the form shows beside it already:
 * the API writes `projectName: at most 30 characters (has 31)` in English and
 * `项目名称：最多 30 个字符（当前 31 个）` in Chinese.
 */
export function ruleOf(message: string, field: string): string {
  if (message.startsWith(`${field}: `)) return message.slice(field.length + 2);
  const colon = message.indexOf('：');
  return colon >= 0 ? message.slice(colon + 1) : message;
}

export interface FieldError<Name extends string> {
  name: Name;
  errors: string[];
}

/**
 * BAD_USER_INPUT errors that name one of a form's fields (`extensions.field`, the argument's name), as
 * antd's `form.setFields` takes them. The API's message starts with that name, which the form shows already.
 */
export function fieldErrorsOf<Name extends string>(
  error: unknown,
  fieldNames: readonly Name[],
): FieldError<Name>[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap(({ message, extensions }) => {
    const name = fieldNames.find((candidate) => candidate === extensions?.field);
    if (extensions?.code !== 'BAD_USER_INPUT' || name === undefined) return [];
    return [{ name, errors: [ruleOf(message, name)] }];
  });
}
