import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';

/**
 * Text the reader may rewrite in place (contenteditable), printed exactly as shown: no form field in the PDF and
 * no copy beside it. The DOM holds the text; React only writes it when it changes from outside (another scenario).
 */
export function EditableText({
  as: Tag = 'p',
  value,
  placeholder,
  label,
  onChange,
  multiline = false,
  className,
  id,
  testId,
}: {
  as?: 'h1' | 'p' | 'div';
  value: string;
  placeholder: string;
  label: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  className?: string;
  id?: string;
  testId?: string;
}) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && readText(el) !== value) el.textContent = value;
  }, [value]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (!multiline && e.key === 'Enter') e.preventDefault();
  };
  return (
    <Tag
      ref={ref as never /* one ref for the three tags */}
      id={id}
      className={`report-editable ${className ?? ''}`}
      contentEditable="plaintext-only"
      // A paragraph has no role that may be named: as a textbox it is announced (and labelled) as the field it is.
      role={Tag === 'h1' ? undefined : 'textbox'}
      aria-multiline={Tag === 'h1' ? undefined : multiline}
      aria-label={label}
      data-placeholder={placeholder}
      data-testid={testId}
      spellCheck
      onKeyDown={onKeyDown}
      onInput={(e) => onChange(readText(e.currentTarget))}
    />
  );
}

// innerText keeps the line breaks the browser inserts; jsdom has only textContent.
const readText = (el: HTMLElement) => (typeof el.innerText === 'string' ? el.innerText : (el.textContent ?? '')).trim();
