import type { Theme } from '@fluentui/react-components';
import { sanitiseHtml } from '../app/sanitiseHtml';

type Body = { kind: 'html' | 'text'; content: string };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The document a message body is shown in: sanitised by the app, inside a sandboxed frame with
 * no scripts and a policy that loads remote images only once the reader allowed them.
 * `blockedImages` says whether the "Show images" offer applies.
 */
export function messageDocument(body: Body, allowRemoteImages: boolean, theme: Theme): { srcDoc: string; blockedImages: boolean } {
  const content =
    body.kind === 'html' ? sanitiseHtml(body.content, allowRemoteImages) : `<div class="text">${escapeHtml(body.content)}</div>`;
  const images = allowRemoteImages ? 'data: cid: https: http:' : 'data: cid:';
  const srcDoc = [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${images}; style-src 'unsafe-inline'">`,
    '<base target="_blank">',
    '<style>',
    `body{margin:0;padding:12px 16px;font-family:${theme.fontFamilyBase};font-size:${theme.fontSizeBase300};line-height:${theme.lineHeightBase300};`,
    `color:${theme.colorNeutralForeground1};background:${theme.colorNeutralBackground1};overflow-wrap:anywhere}`,
    `a{color:${theme.colorBrandForegroundLink}}img{max-width:100%;height:auto}.text{white-space:pre-wrap}`,
    '</style></head><body>',
    content,
    '</body></html>',
  ].join('');
  return { srcDoc, blockedImages: body.kind === 'html' && !allowRemoteImages && content.includes('data-blocked-src=') };
}
