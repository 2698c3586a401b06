/**
 * The template body editor: Tiptap (ProseMirror underneath), loaded only when a template is
 * edited so the pane's first load never carries it. Its HTML is sanitised again when saved.
 */
import { Button, makeStyles, Select, tokens, Toolbar } from '@fluentui/react-components';
import { TextBoldRegular, TextBulletListLtrRegular, TextItalicRegular } from '@fluentui/react-icons';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
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
  toolbar: { flexWrap: 'wrap', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
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
  return (
    <div className={styles.frame}>
      <Toolbar aria-label={t('body')} size="small" className={styles.toolbar}>
        <Button appearance="subtle" icon={<TextBoldRegular />} aria-label={t('bold')} title={t('bold')} onClick={() => editor?.chain().focus().toggleBold().run()} />
        <Button appearance="subtle" icon={<TextItalicRegular />} aria-label={t('italic')} title={t('italic')} onClick={() => editor?.chain().focus().toggleItalic().run()} />
        <Button
          appearance="subtle"
          icon={<TextBulletListLtrRegular />}
          aria-label={t('bulletList')}
          title={t('bulletList')}
          onClick={() => editor?.chain().focus().toggleBulletList().run()}
        />
        <Select
          className={styles.field}
          size="small"
          aria-label={t('insertField')}
          value=""
          onChange={(_, d) => {
            if (d.value) editor?.chain().focus().insertContent(`{{${d.value}}}`).run();
          }}
        >
          <option value="">{t('insertField')}</option>
          {fields.map((f) => (
            <option key={f} value={f}>
              {fieldName(f)}
            </option>
          ))}
        </Select>
      </Toolbar>
      <EditorContent editor={editor} className={styles.content} />
    </div>
  );
}
