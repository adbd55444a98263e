import { autocompletion, closeBrackets, closeBracketsKeymap, closeCompletion, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { PostgreSQL, sql, type SQLNamespace } from '@codemirror/lang-sql';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState, StateEffect, StateField, type Extension } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  drawSelection,
  highlightActiveLine,
  keymap,
  lineNumbers,
  placeholder,
  type DecorationSet,
} from '@codemirror/view';
import { useEffect, useRef } from 'react';

/** Marks the error position DuckDB named (one character, or the word starting there). */
const setError = StateEffect.define<number | null>();
const errorMark = Decoration.mark({ class: 'cm-sql-error', attributes: { 'data-testid': 'sql-error-mark' } });
const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const e of tr.effects)
      if (e.is(setError)) {
        if (e.value === null) return Decoration.none;
        const doc = tr.state.doc;
        const from = Math.min(Math.max(0, e.value), doc.length);
        const word = /^[\w"']+/.exec(doc.sliceString(from, Math.min(doc.length, from + 64)))?.[0].length ?? 1;
        const to = Math.min(doc.length, from + Math.max(1, word));
        return from < to ? Decoration.set([errorMark.range(from, to)]) : Decoration.none;
      }
    return tr.docChanged ? Decoration.none : marks.map(tr.changes);
  },
  provide: (f) => EditorView.decorations.from(f),
});

export interface SqlEditorProps {
  initial: string;
  /** Table → column names, for completion. */
  schema: SQLNamespace;
  /** Ctrl/Cmd+Enter. */
  onRun: (text: string) => void;
  onChange: (text: string) => void;
  errorAt: number | null;
  label: string;
  placeholderText: string;
  /** Replaced text (an example or a history entry): set when it changes. */
  replaceWith: { text: string; seq: number } | null;
  /** Text put in at the cursor (a table or column name from the schema browser). */
  insert: { text: string; seq: number } | null;
}

/**
 * CodeMirror 6 with SQL highlighting and completion of the tables and columns DuckDB reports. The DuckDB dialect
 * is closest to PostgreSQL's among lang-sql's dialects (quoting, `::` casts, dollar strings).
 */
export function SqlEditor(p: SqlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const language = useRef(new Compartment());
  const handlers = useRef({ onRun: p.onRun, onChange: p.onChange });
  useEffect(() => {
    handlers.current = { onRun: p.onRun, onChange: p.onChange };
  });

  useEffect(() => {
    if (!host.current) return;
    const run: Extension = keymap.of([
      {
        key: 'Mod-Enter',
        preventDefault: true,
        run: (v) => {
          closeCompletion(v);
          handlers.current.onRun(v.state.doc.toString());
          return true;
        },
      },
    ]);
    const view = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: p.initial,
        extensions: [
          run,
          lineNumbers(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          closeBrackets(),
          autocompletion({ activateOnTyping: true }),
          highlightActiveLine(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          language.current.of(sql({ dialect: PostgreSQL, upperCaseKeywords: true })),
          errorField,
          placeholder(p.placeholderText),
          keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap]),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'data-testid': 'sql-editor', 'aria-label': p.label, 'aria-multiline': 'true' }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) handlers.current.onChange(u.state.doc.toString());
          }),
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
    // The editor is made once; later props reach it through effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: language.current.reconfigure(sql({ dialect: PostgreSQL, upperCaseKeywords: true, schema: p.schema })),
    });
  }, [p.schema]);

  useEffect(() => {
    viewRef.current?.dispatch({ effects: setError.of(p.errorAt) });
  }, [p.errorAt]);

  useEffect(() => {
    const v = viewRef.current;
    if (!v || !p.replaceWith) return;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: p.replaceWith.text } });
    v.focus();
  }, [p.replaceWith]);

  useEffect(() => {
    const v = viewRef.current;
    if (!v || !p.insert) return;
    v.dispatch(v.state.replaceSelection(p.insert.text));
    v.focus();
  }, [p.insert]);

  return <div ref={host} className="sql-editor" />;
}
