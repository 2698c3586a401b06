/**
 * @jest-environment jsdom
 */
// manifest.xml checked offline: Microsoft's validator needs the network, and no package ships the XSDs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTIFICATION_ICON } from '../../src/adapters/office/OfficeMailHost';
import { LOG_EMAIL_ACTION, startCommands } from '../../src/app/startCommands';

const root = join(__dirname, '..', '..');
const source = readFileSync(join(root, 'manifest.xml'), 'utf8');
const manifest = new DOMParser().parseFromString(source, 'application/xml');
const officeApp = manifest.documentElement;
const webpackConfig = readFileSync(join(root, 'webpack.config.js'), 'utf8');

const elements = (parent: Element | Document, name: string) => [...parent.getElementsByTagName('*')].filter((e) => name === '*' || e.localName === name);
const children = (parent: Element, name?: string) => [...parent.children].filter((e) => !name || e.localName === name);
const child = (parent: Element, name: string) => {
  const found = children(parent, name)[0];
  if (!found) throw new Error(`<${parent.localName}> has no <${name}>`);
  return found;
};
const xsiType = (e: Element) => e.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type');

/** The two VersionOverrides: 1.0, and 1.1 nested at its end as Outlook expects. */
const v1_0 = child(officeApp, 'VersionOverrides');
const v1_1 = child(v1_0, 'VersionOverrides');

/** Elements that belong to these overrides, not to the ones nested in them. */
function own(overrides: Element, name: string) {
  const ownerOf = (e: Element) => {
    let parent = e.parentElement;
    while (parent && parent.localName !== 'VersionOverrides') parent = parent.parentElement;
    return parent;
  };
  return elements(overrides, name).filter((e) => ownerOf(e) === overrides);
}

/** The pages webpack builds, by output name, and the template each is built from. */
const builtPages = new Map([...webpackConfig.matchAll(/page\('([\w-]+)', '([^']+)'/g)].map((m) => [`${m[1]}.html`, m[2] ?? '']));

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  // The IHDR chunk follows the 8-byte signature: length, type, then width and height.
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function resourceString(overrides: Element, id: string) {
  const strings = own(overrides, 'String').find((s) => s.getAttribute('id') === id);
  if (!strings) throw new Error(`no string resource ${id}`);
  const uk = children(strings, 'Override').find((o) => o.getAttribute('Locale') === 'uk-UA');
  return { en: strings.getAttribute('DefaultValue'), uk: uk?.getAttribute('Value') };
}

describe('manifest.xml', () => {
  it('is well-formed XML for a mail add-in', () => {
    expect(manifest.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(officeApp.localName).toBe('OfficeApp');
    expect(xsiType(officeApp)).toBe('MailApp');
  });

  it('has the required elements in schema order', () => {
    const schemaOrder = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'FormSettings', 'Permissions', 'Rule', 'DisableEntityHighlighting', 'VersionOverrides'];
    const optional = new Set(['AppDomains', 'DisableEntityHighlighting']);
    const present = children(officeApp).map((e) => e.localName);

    expect(present).toEqual(schemaOrder.filter((name) => !optional.has(name) || present.includes(name)));
  });

  it('has a fixed GUID, a four-part version and en-US as its default locale', () => {
    expect(child(officeApp, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(officeApp, 'Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(officeApp, 'DefaultLocale').textContent).toBe('en-US');
  });

  it('needs Mailbox 1.5 (ItemChanged for the pinned pane), and 1.5 for the pinnable overrides', () => {
    const set = elements(child(officeApp, 'Requirements'), 'Set')[0];
    expect(set?.getAttribute('Name')).toBe('Mailbox');
    expect(set?.getAttribute('MinVersion')).toBe('1.5');
    expect(xsiType(v1_0)).toBe('VersionOverridesV1_0');
    expect(xsiType(v1_1)).toBe('VersionOverridesV1_1');
    expect(elements(child(v1_1, 'Requirements'), 'Sets')[0]?.getAttribute('DefaultMinVersion')).toBe('1.5');
  });

  it('opens on messages in read and compose mode', () => {
    const forms = children(child(officeApp, 'FormSettings'), 'Form').map(xsiType);
    expect(forms).toEqual(['ItemRead', 'ItemEdit']);
    const rules = elements(child(officeApp, 'Rule'), 'Rule').map((r) => `${r.getAttribute('ItemType')} ${r.getAttribute('FormType')}`);
    expect(rules).toEqual(['Message Read', 'Message Edit']);
    for (const overrides of [v1_0, v1_1]) {
      const surfaces = children(own(overrides, 'DesktopFormFactor')[0] as Element, 'ExtensionPoint').map(xsiType);
      expect(surfaces).toEqual(['MessageReadCommandSurface', 'MessageComposeCommandSurface']);
    }
  });

  it('asks for ReadWriteMailbox, and says why right above it', () => {
    const permissions = child(officeApp, 'Permissions');
    expect(permissions.textContent).toBe('ReadWriteMailbox');
    let previous = permissions.previousSibling;
    while (previous && previous.nodeType === previous.TEXT_NODE) previous = previous.previousSibling;
    expect(previous?.nodeType).toBe(previous?.COMMENT_NODE);
    expect(previous?.textContent).toMatch(/master category/);
  });

  it('points every URL at the dev server, at a page or file the build produces', () => {
    const urls = [...source.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1] ?? '').filter((u) => !u.includes('schemas.microsoft.com') && !u.includes('www.w3.org'));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/localhost:3000\//);
      const path = new URL(url).pathname.slice(1);
      if (path.startsWith('assets/')) {
        expect(webpackConfig).toContain("from: 'assets/*.png'");
        expect({ url, exists: existsSync(join(root, path)) }).toEqual({ url, exists: true });
      } else {
        const template = builtPages.get(path);
        expect({ url, template }).toEqual({ url, template: expect.any(String) });
        expect({ template, exists: existsSync(join(root, template ?? '')) }).toEqual({ template, exists: true });
      }
    }
  });

  it('has icons of 16, 32, 64, 80 and 128 pixels, each the size its name says', () => {
    const icons = [...source.matchAll(/assets\/(icon-(\d+)\.png)/g)].map((m) => ({ file: m[1] ?? '', size: Number(m[2]) }));
    expect(new Set(icons.map((i) => i.size))).toEqual(new Set([16, 32, 64, 80, 128]));
    for (const { file, size } of icons) expect(pngSize(join(root, 'assets', file))).toEqual({ width: size, height: size });
    expect(child(officeApp, 'IconUrl').getAttribute('DefaultValue')).toMatch(/icon-64\.png$/);
    expect(child(officeApp, 'HighResolutionIconUrl').getAttribute('DefaultValue')).toMatch(/icon-128\.png$/);
  });

  it('defines every resource a control refers to, in both VersionOverrides', () => {
    for (const overrides of [v1_0, v1_1]) {
      const defined = new Set(elements(child(overrides, 'Resources'), '*').map((e) => e.getAttribute('id')).filter(Boolean));
      const referenced = elements(child(overrides, 'Hosts'), '*').map((e) => e.getAttribute('resid')).filter((id): id is string => Boolean(id));
      expect(referenced.filter((id) => !defined.has(id))).toEqual([]);
      expect(referenced.every((id) => id.length <= 32)).toBe(true);
      // The adapter's notification bar icon is a manifest image too.
      expect(defined.has(NOTIFICATION_ICON)).toBe(true);
    }
  });

  it('has a Ukrainian text for the name, the description and every label and tooltip', () => {
    for (const name of ['DisplayName', 'Description']) {
      const uk = children(child(officeApp, name), 'Override').find((o) => o.getAttribute('Locale') === 'uk-UA');
      expect(uk?.getAttribute('Value')).toBeTruthy();
    }
    for (const overrides of [v1_0, v1_1]) {
      const strings = own(overrides, 'String');
      expect(strings.length).toBeGreaterThan(0);
      for (const s of strings) expect(resourceString(overrides, s.getAttribute('id') ?? '').uk).toBeTruthy();
    }
  });

  it('has a "Log email" button that runs the function commands.ts registers, without the pane', () => {
    document.head.innerHTML = '';
    for (const overrides of [v1_0, v1_1]) {
      const functionFile = own(overrides, 'FunctionFile')[0]?.getAttribute('resid');
      const url = own(overrides, 'Url').find((u) => u.getAttribute('id') === functionFile);
      expect(url?.getAttribute('DefaultValue')).toBe('https://localhost:3000/commands.html');

      const buttons = own(overrides, 'Control').filter((c) => xsiType(elements(c, 'Action')[0] as Element) === 'ExecuteFunction');
      expect(buttons).toHaveLength(1);
      const button = buttons[0] as Element;
      expect(elements(button, 'FunctionName')[0]?.textContent).toBe(LOG_EMAIL_ACTION);
      expect(resourceString(overrides, child(button, 'Label').getAttribute('resid') ?? '')).toEqual({ en: 'Log email', uk: 'Записати лист' });
      expect(xsiType(own(overrides, 'ExtensionPoint').find((e) => e.contains(button)) as Element)).toBe('MessageReadCommandSurface');
    }

    const associate = jest.fn();
    Object.assign(globalThis, { Office: { actions: { associate } } });
    startCommands();
    expect(associate).toHaveBeenCalledWith(LOG_EMAIL_ACTION, expect.any(Function));
  });

  it('loads office.js in commands.html from the build, not a CDN', () => {
    const html = readFileSync(join(root, 'src/commands/commands.html'), 'utf8');
    expect(html).toContain('src="office-js/office.js"');
    expect(webpackConfig).toContain("to: 'office-js'");
  });

  it('lets the pane be pinned in the 1.1 overrides', () => {
    const panes = own(v1_1, 'Action').filter((a) => xsiType(a) === 'ShowTaskpane');
    expect(panes).toHaveLength(2);
    for (const pane of panes) expect(child(pane, 'SupportsPinning').textContent).toBe('true');
    // VersionOverrides 1.0 does not know SupportsPinning.
    expect(own(v1_0, 'SupportsPinning')).toEqual([]);
  });
});
