/**
 * The one contract between the renderer and the main process. Every main
 * service is an interface of methods taking one request object and resolving
 * to one result; failures are thrown as `AppFailure` and arrive in the renderer
 * as `Result` data. Channel names are `service:method`.
 */
import type { DocumentModel } from '../documents/documentModel'
import type { ArchiveService } from './archiveContract'
import type { Result } from '../errors/appFailure'
import type { WorkbookModel } from '../spreadsheet/sheetModel'
import type { Empty } from './empty'
import type { ShareService } from './shareContract'

export interface AppInfo {
  name: string
  version: string
  platform: string
  /** Whether this is the real desktop shell (false under the test host). */
  desktop: boolean
  dataDir: string
}

export interface BackupInfo {
  name: string
  sha256: string
  bytes: number
  /** ISO time the backup was written. */
  at: string
  reason: 'auto' | 'manual'
}

export interface AppService {
  info(req: Empty): Promise<AppInfo>
}

export interface AuthService {
  /** scrypt with a per-user random salt; the result encodes its parameters. */
  hashPassword(req: { password: string }): Promise<{ hash: string }>
  /**
   * Checks a password against a stored hash. Counts failures per account in
   * main and locks the account after five for a few minutes.
   */
  verifyPassword(req: { account: string; password: string; hash: string }): Promise<{ ok: true }>
  /** Clears an account's failure count (administrator action). */
  unlock(req: { account: string }): Promise<{ ok: true }>
}

export interface BackupService {
  /** Writes a database export with its SHA-256; keeps the newest 14. */
  write(req: { content: string; reason: 'auto' | 'manual' }): Promise<BackupInfo>
  list(req: Empty): Promise<{ items: BackupInfo[] }>
  /** Reads a backup and verifies its SHA-256 before returning anything. */
  read(req: { name: string }): Promise<{ content: string; info: BackupInfo }>
}

/** The file types the attachment store accepts (scans and signed documents). */
export type AttachmentMime = 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/tiff'

export interface StoredAttachment {
  /** Lower-case hex SHA-256 of the content: the file's name in the store. */
  sha256: string
  bytes: number
  mime: AttachmentMime
}

export interface AttachmentsService {
  /**
   * Stores a file under its SHA-256 (storing the same content twice is one
   * file). The type is read from the content, not the name; other types and
   * files over 50 MB are refused. Nothing is ever removed from the store.
   */
  put(req: { fileName: string; dataBase64: string }): Promise<StoredAttachment>
  /** Reads a stored file and checks its SHA-256 before returning it. */
  read(req: { sha256: string }): Promise<StoredAttachment & { dataBase64: string }>
  /** Which of these hashes the store holds. */
  has(req: { sha256s: string[] }): Promise<{ present: string[] }>
}

export interface SpreadsheetService {
  /**
   * Writes a workbook into the app's exports folder (a name already there
   * gets a numbered suffix). Bool cells become 是/否 in the given words.
   */
  write(
    req: WorkbookModel & { yes: string; no: string },
  ): Promise<{ path: string; fileName: string; bytes: number }>
  /** Reads the first worksheet of an .xlsx into cell text (dates as YYYY-MM-DD). */
  read(req: { dataBase64: string }): Promise<{ sheetName: string; rows: string[][] }>
}

/** Printed documents (PDF), drawn by main from a document model (shared/documents). */
export interface DocumentsService {
  /** The PDF for showing in the app before it is saved; nothing is written. */
  preview(req: { model: DocumentModel }): Promise<{ dataBase64: string; sha256: string; pages: number }>
  /**
   * Saves the PDF as `<documents>/<type>/<YYYY-MM of issuedAt>/<number>.pdf`.
   * `path` is relative to the documents folder (what open and print take),
   * `fullPath` where it is on this PC.
   */
  save(req: { model: DocumentModel }): Promise<SavedDocument>
  /** Opens a saved document in the system's PDF viewer. */
  open(req: { path: string }): Promise<{ path: string }>
  /** Sends a saved document to the system's print verb (default printer). */
  print(req: { path: string }): Promise<{ path: string }>
}

export interface SavedDocument {
  path: string
  fullPath: string
  fileName: string
  bytes: number
  sha256: string
  pages: number
}

export interface MainServices {
  app: AppService
  auth: AuthService
  backup: BackupService
  attachments: AttachmentsService
  spreadsheet: SpreadsheetService
  documents: DocumentsService
  archive: ArchiveService
  share: ShareService
}

export type ServiceName = keyof MainServices
export type MethodName<S extends ServiceName> = keyof MainServices[S] & string

type Req<F> = F extends (req: infer R) => Promise<unknown> ? R : never
type Res<F> = F extends (req: never) => Promise<infer T> ? T : never

export type RequestOf<S extends ServiceName, M extends MethodName<S>> = Req<MainServices[S][M]>
export type ResultOf<S extends ServiceName, M extends MethodName<S>> = Res<MainServices[S][M]>

/** What the renderer sees as `window.api`: every method resolves to a Result. */
export type Api = {
  [S in ServiceName]: {
    [M in MethodName<S>]: (req: RequestOf<S, M>) => Promise<Result<ResultOf<S, M>>>
  }
}
