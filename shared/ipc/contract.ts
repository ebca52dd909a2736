/**
 * The one contract between the renderer and the main process. Every main
 * service is an interface of methods taking one request object and resolving
 * to one result; failures are thrown as `AppFailure` and arrive in the renderer
 * as `Result` data. Channel names are `service:method`.
 */
import type { Result } from './errors'

export type Empty = Record<string, never>

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

export interface MainServices {
  app: AppService
  auth: AuthService
  backup: BackupService
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
