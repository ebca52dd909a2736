/** English for share.zh-CN.ts (errors.share); same keys, the type makes sure. */
import type { Messages } from './zh-CN'

export const shareErrorsEn: Messages['errors']['share'] = {
  notConfigured: 'This PC has no shared folder yet: choose or create one under Settings',
  offline:
    'The shared folder cannot be reached right now ({{reason}}). Check the network and the shared drive; data on this PC is not affected and sync resumes once the folder is back',
  notAShare:
    'The chosen folder is not a shared folder of this app (AppSync\\FORMAT.json is missing); check the path',
  exists: 'The chosen folder already holds a shared folder: choose “Join” rather than “Create”',
  tooNew:
    'The shared folder uses format {{formatVersion}}, newer than this app supports ({{supported}}). Update the app; until then you can keep working on this PC',
  fork: 'The shared folder holds different content under “{{path}}” than this PC would write. Sync has stopped; contact the administrator (two PCs may share one device id)',
  full: 'The shared folder is full ({{reason}}); nothing was written. Free some space and try again',
  renameBlocked:
    'The file “{{path}}” in the shared folder is held by another program (such as antivirus). This sync did not finish and will be retried',
  verifyFailed:
    'The file “{{path}}” in the shared folder did not read back as written; check the shared drive and try again',
  blobCorrupt:
    'An attachment in the shared folder is damaged (checksum mismatch, {{sha256}}). It was not overwritten; contact the administrator',
  badRoot:
    'The shared folder path “{{root}}” is not valid. Give a full path such as \\\\server\\share\\folder or D:\\Share',
  unreadable: 'The file “{{path}}” in the shared folder is damaged and cannot be read',
  probe: {
    offline: 'The folder cannot be found or reached; check the path and the network',
    notWritable: 'You have no permission to write to this folder; ask the administrator',
    full: 'The disk holding this folder is full',
    readBack: 'A test file written to this folder did not read back as written; the folder is not reliable',
    renameFails:
      'Files in this folder cannot be renamed (antivirus may be blocking it); add the AppSync folder to the antivirus exclusions',
  },
}
