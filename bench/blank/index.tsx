/*
 * The comparison page of the cold-load benchmark: React and Fluent UI with office.js and nothing
 * else, rendered once Office is ready, as the pane is. Built by bench/webpack.bench.config.js.
 */
import { Body1, Card, CardHeader, FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

function BlankPage() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Card>
        <CardHeader header={<Text weight="semibold">Blank page ready</Text>} />
        <Body1>React and Fluent UI with office.js.</Body1>
      </Card>
    </FluentProvider>
  );
}

void Office.onReady(() => {
  const container = document.getElementById('root');
  if (container) createRoot(container).render(<BlankPage />);
});
