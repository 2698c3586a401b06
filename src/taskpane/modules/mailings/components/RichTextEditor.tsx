/**
 * The template body editor: Tiptap (ProseMirror underneath), loaded only when a template is
 * edited so the pane's first load never carries it. Its HTML is sanitised again when saved.
 */
import { Button, makeStyles, Select, tokens, Toolbar } from '@fluentui/react-components';
import { TextBoldRegular, TextBulletListLtrRegular, TextItalicRegular } from '@fluentui/react-icons';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useRef, useState } from 'react';
import type { Mailings } from '../../../../app/mailingUseCases';
import { useT } from '../../../i18n/useT';
import { useMergeFieldName } from '../hooks/useMergeFieldName';
import { mailingsStrings } from '../mailingsStrings';

const useStyles = makeStyles({
  frame: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  field: { minWidth: '0', maxWidth: '100%' },
  content: {
    padding: tokens.spacingHorizontalS,
    minHeight: '160px',
    // ProseMirror's own outline is off; the keyboard focus shows as Fluent's focus ring instead.
    '& .ProseMirror': { outline: 'none', minHeight: '150px', borderRadius: tokens.borderRadiusSmall },
    '& .ProseMirror:focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThick },
    '& .ProseMirror p': { marginTop: 0, marginBottom: tokens.spacingVerticalS },
  },
});

export type RichTextEditorProps = { html: string; onChange: (html: string) => void; labelledBy: string; fields: Mailings['fields'] };

export function RichTextEditor({ html, onChange, labelledBy, fields }: RichTextEditorProps) {
  const styles = useStyles();
  const { t } = useT(mailingsStrings);
  const fieldName = useMergeFieldName(fields);
  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: { levels: [2, 3] }, codeBlock: false, code: false })],
    content: html,
    editorProps: { attributes: { 'aria-labelledby': labelledBy, role: 'textbox', 'aria-multiline': 'true', 'data-testid': 'template-body' } },
    onUpdate: ({ editor: e }) => onChange(e.getHTML()),
    immediatelyRender: true,
  });
  // The merge-field select sits beside the Toolbar, not in it: the Toolbar's arrow-key group
  // (Fluent's arrow navigation; an input inside a Toolbar is not supported, fluentui#24146)
  // takes ArrowUp/ArrowDown from a select and moves focus to Bold or Bulleted list.
  // Arrow keys on the closed select browse its fields as a native select does (the browser
  // fires a change on each) and Enter inserts the one shown; a pick from the open list inserts at once.
  const [field, setField] = useState('');
  const browsing = useRef(false);
  function insertField(name: string) {
    setField('');
    editor?.chain().focus().insertContent(`{{${name}}}`).run();
  }
  return (
    <div className={styles.frame}>
      <div className={styles.bar}>
        <Toolbar aria-label={t('body')} size="small">
          <Button appearance="subtle" icon={<TextBoldRegular />} aria-label={t('bold')} title={t('bold')} onClick={() => editor?.chain().focus().toggleBold().run()} />
          <Button appearance="subtle" icon={<TextItalicRegular />} aria-label={t('italic')} title={t('italic')} onClick={() => editor?.chain().focus().toggleItalic().run()} />
          <Button
            appearance="subtle"
            icon={<TextBulletListLtrRegular />}
            aria-label={t('bulletList')}
            title={t('bulletList')}
            onClick={() => editor?.chain().focus().toggleBulletList().run()}
          />
        </Toolbar>
        <Select
          className={styles.field}
          size="small"
          aria-label={t('insertField')}
          value={field}
          onMouseDown={() => (browsing.current = false)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && field) {
              e.preventDefault();
              insertField(field);
            } else {
              // Space and Alt+ArrowDown open the list, where a pick inserts; type-ahead letters browse.
              browsing.current = !e.altKey && (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End' || e.key.startsWith('Page') || (e.key.length === 1 && e.key !== ' '));
            }
          }}
          onChange={(_, d) => {
            const byKey = browsing.current;
            browsing.current = false;
            if (d.value && !byKey) insertField(d.value);
            else setField(d.value);
          }}
        >
          <option value="">{t('insertField')}</option>
          {fields.map((f) => (
            <option key={f} value={f}>
              {fieldName(f)}
            </option>
          ))}
        </Select>
      </div>
      <EditorContent editor={editor} className={styles.content} />
    </div>
  );
}
