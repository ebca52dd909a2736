/**
 * Why a sync cycle stopped short of publishing or applying (syncOnce.ts),
 * shown in the status bar. Its own file: massDelete.ts names one of these
 * and syncOnce.ts calls massDelete.ts, so neither holds it for the other.
 */
export type SyncStop =
  /** FORMAT.json names another share than the one this database joined. */
  | 'wrongShare'
  /** The share's format is newer than this app understands: update the app. */
  | 'formatTooNew'
  /** This PC has published before, yet its own folder is gone: a wiped or remapped share. */
  | 'ownFolderMissing'
  /** This PC's clock is more than a day from the share's: nothing is published until it is fixed. */
  | 'clockWrong'
  /** The changes waiting would delete a large part of the records: published only once a user confirms. */
  | 'massDelete'
