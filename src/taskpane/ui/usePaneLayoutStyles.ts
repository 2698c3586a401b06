import { makeStyles, tokens } from '@fluentui/react-components';

/** The pane's frame: the header above the scrolling main area. App and the first paint share it, so the first card sits where the app's does. */
export const usePaneLayoutStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0 },
  main: {
    flexGrow: 1,
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    ':focus-visible': { outline: 'none' },
    // Screens space their parts with flex gaps; browser heading margins would double them.
    '& h1, & h2, & h3, & h4': { marginTop: 0, marginBottom: 0 },
  },
});
