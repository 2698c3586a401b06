import { Button, Select, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FolderOpenRegular, MailRegular, NavigationRegular } from '@fluentui/react-icons';
import { useRef, type ChangeEvent } from 'react';
import type { DemoLanguage, DemoTheme } from '../adapters/office/demo/DemoMailbox';
import type { DemoStrings } from './demoStrings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
  listToggle: { '@media (min-width: 900px)': { display: 'none' } },
  controls: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  hidden: { display: 'none' },
});

export type TopBarProps = {
  strings: DemoStrings;
  language: DemoLanguage;
  theme: DemoTheme;
  listOpen: boolean;
  onLanguageChange: (language: DemoLanguage) => void;
  onThemeChange: (theme: DemoTheme) => void;
  onToggleList: () => void;
  onOpenFiles: (files: File[]) => void;
};

/** The mail client's bar: what this page is, the display settings Outlook would give the pane, and opening .eml files. */
export function TopBar({ strings, language, theme, listOpen, onLanguageChange, onThemeChange, onToggleList, onOpenFiles }: TopBarProps) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);

  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = ''; // so opening the same file again fires a change
    if (files.length) onOpenFiles(files);
  };

  return (
    <header className={styles.root}>
      <Button
        className={styles.listToggle}
        appearance="transparent"
        icon={<NavigationRegular />}
        aria-label={strings.showMessages}
        aria-expanded={listOpen}
        aria-controls="demo-message-column"
        onClick={onToggleList}
      />
      <Text as="h1" size={400} className={styles.title}>
        <MailRegular aria-hidden />
        {strings.title}
      </Text>
      <div className={styles.controls}>
        <Button appearance="subtle" icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()}>
          {strings.openEml}
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".eml,message/rfc822"
          multiple
          data-testid="demo-eml-input"
          aria-label={strings.openEml}
          tabIndex={-1}
          onChange={onFiles}
        />
        <Select
          aria-label={strings.language}
          size="small"
          value={language}
          onChange={(_e, d) => onLanguageChange(d.value as DemoLanguage)}
        >
          <option value="en-US" lang="en">
            English (United States)
          </option>
          <option value="en-GB" lang="en">
            English (United Kingdom)
          </option>
          <option value="uk-UA" lang="uk">
            Українська
          </option>
        </Select>
        <Switch label={strings.darkTheme} checked={theme === 'dark'} onChange={(_e, d) => onThemeChange(d.checked ? 'dark' : 'light')} />
      </div>
    </header>
  );
}
