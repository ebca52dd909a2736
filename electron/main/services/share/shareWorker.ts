/**
 * Entry of the share worker process (a utilityProcess in the app, a Node
 * child under the test host and vitest). All share I/O runs here: a dead SMB
 * share can block every thread of libuv's pool, and it must not be main's.
 * Nothing but wiring: the real file system and clock into the core.
 */
import * as fs from 'node:fs/promises'
import { createShareCore } from './createShareCore'
import { currentProcessChannel, serveShareCore } from './serveShareCore'

serveShareCore(createShareCore({ fs, now: () => new Date() }), currentProcessChannel())
