/**
 * The collections bench's in-page part (bundled by bench/collectionsBench.ts
 * into a script of its own, injected into Chromium): the data seeded raw,
 * and the 账龄分析 screen's read timed on a database just opened.
 */
import { seedCollectionsData, timeAging } from '../scenarios/collectionsAging'

const deskCollectionsBench = { seedCollectionsData, timeAging }

declare global {
  interface Window {
    deskCollectionsBench: typeof deskCollectionsBench
  }
}

window.deskCollectionsBench = deskCollectionsBench
