import type { Record } from './Record';

/**
 * A document or demo material a template can attach. In single-user mode its bytes are kept in
 * IndexedDB; with a team site it is a file of the document library (driveItemId) cached locally.
 */
export type MailingDocument = Record & {
  name: string;
  contentType: string;
  size: number;
  /** 'local': only in this browser's IndexedDB; 'library': in the team site's document library. */
  source: 'local' | 'library';
  /** The drive item of the library file; '' for local documents. */
  driveItemId: string;
  /** The folder under the library's top folder ('' for mailing documents; "Clients/…" for saved attachments). */
  folder?: string;
  /** The library's content tag: a copy kept on this computer is current while the tags match. */
  contentTag?: string;
  /** Where the library shows the file in SharePoint ('' for local documents). */
  webUrl?: string;
};
