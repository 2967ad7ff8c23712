/**
 * Forms whose inputs are named after the API's fields (`endsAt`, `matchers.service`), so an API
 * error is shown next to the field it names, tied to it with `aria-describedby`.
 */
import { isApiError } from './api.ts';
import { h } from './dom.ts';

export interface FieldSpec {
  /** The API's name of the field, e.g. `matchers.service`. */
  readonly name: string;
  readonly label: string;
  readonly type?: 'text' | 'number' | 'checkbox' | 'select' | 'datetime';
  readonly options?: readonly string[];
  readonly hint?: string;
  readonly value?: string | boolean;
  readonly required?: boolean;
}

export interface EditForm {
  readonly element: HTMLFormElement;
  /** The inputs' values by field name ('' for empty; checkboxes 'true'/'false'). */
  values(): Record<string, string>;
  /** Shows an error next to its field (or the field nearest to it, else above the buttons). */
  showError(error: unknown): void;
  clearErrors(): void;
}

export function editForm(
  title: string,
  fields: readonly FieldSpec[],
  submitLabel: string,
  onSubmit: (form: EditForm) => Promise<void>,
  onCancel?: () => void,
): EditForm {
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  const errors = new Map<string, HTMLElement>();
  const formError = h('p', { class: 'field-error form-error', role: 'alert' });
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const rows = fields.flatMap((field) => {
    const id = `${slug}-${field.name.replace(/[^A-Za-z0-9]+/g, '-')}`;
    const errorId = `${id}-error`;
    const error = h('span', { id: errorId, class: 'field-error' });
    errors.set(field.name, error);
    let input: HTMLInputElement | HTMLSelectElement;
    if (field.type === 'select') {
      input = h(
        'select',
        { id, name: field.name },
        ...(field.options ?? []).map((o) => h('option', { value: o }, o || '—')),
      );
      input.value = String(field.value ?? '');
    } else {
      input = h('input', {
        id,
        name: field.name,
        type: field.type === 'checkbox' ? 'checkbox' : field.type === 'number' ? 'number' : 'text',
        ...(field.type === 'datetime' ? { placeholder: '2h, 1d or 2025-10-23T14:00:00Z' } : {}),
      });
      if (field.type === 'checkbox') (input as HTMLInputElement).checked = field.value === true;
      else input.value = String(field.value ?? '');
    }
    input.setAttribute('aria-describedby', field.hint ? `${errorId} ${id}-hint` : errorId);
    if (field.required) input.setAttribute('aria-required', 'true');
    inputs.set(field.name, input);
    return [
      h('label', { for: id }, field.label),
      input,
      h(
        'span',
        {},
        error,
        field.hint ? h('span', { id: `${id}-hint`, class: 'hint' }, ` ${field.hint}`) : null,
      ),
    ];
  });
  const element = h(
    'form',
    { class: 'edit', 'aria-label': title, novalidate: true },
    ...rows,
    formError,
    h(
      'div',
      { class: 'form-actions' },
      h('button', { type: 'submit', class: 'primary' }, submitLabel),
      onCancel ? h('button', { type: 'button', onclick: onCancel }, 'Cancel') : null,
    ),
  );
  const form: EditForm = {
    element,
    values() {
      const out: Record<string, string> = {};
      for (const [name, input] of inputs) {
        out[name] =
          input instanceof HTMLInputElement && input.type === 'checkbox'
            ? String(input.checked)
            : input.value.trim();
      }
      return out;
    },
    showError(error) {
      form.clearErrors();
      const message = isApiError(error) ? error.message : String((error as Error)?.message ?? error);
      const field = isApiError(error) ? error.field : undefined;
      const name = field === undefined ? undefined : nearestField(field, [...inputs.keys()]);
      const target = name === undefined ? undefined : errors.get(name);
      if (target && name !== undefined) {
        target.textContent = message;
        inputs.get(name)?.setAttribute('aria-invalid', 'true');
        inputs.get(name)?.focus();
      } else {
        formError.textContent = message;
      }
    },
    clearErrors() {
      formError.textContent = '';
      for (const error of errors.values()) error.textContent = '';
      for (const input of inputs.values()) input.removeAttribute('aria-invalid');
    },
  };
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    form.clearErrors();
    onSubmit(form).catch((error: unknown) => form.showError(error));
  });
  return form;
}

/** The field named, or the nearest one: `matchers.service` for `matchers`, `match.fields` for `match.fields.x`. */
function nearestField(field: string, names: readonly string[]): string | undefined {
  if (names.includes(field)) return field;
  const parent = names.find((n) => field.startsWith(`${n}.`));
  if (parent) return parent;
  return names.find((n) => n.startsWith(`${field}.`));
}

/** Puts `form` in `container` and moves the focus to its first field. */
export function openForm(container: HTMLElement, form: EditForm): void {
  container.replaceChildren(form.element);
  form.element.querySelector<HTMLElement>('input, select')?.focus();
}
