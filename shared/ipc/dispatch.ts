/**
 * Validates one request and calls the service. Shared by the Electron IPC
 * binding and the test host so both run the same checks. Never throws: every
 * outcome is a Result.
 */
import type { MainServices, ServiceName } from './contract'
import { type Result, toAppError } from '../errors/appFailure'
import { requestSchemas } from './schemas'

type AnyMethod = (req: unknown) => Promise<unknown>

export async function dispatch(
  services: MainServices,
  service: string,
  method: string,
  request: unknown,
): Promise<Result<unknown>> {
  const schemas = requestSchemas as Record<
    string,
    Record<
      string,
      {
        safeParse(v: unknown): {
          success: boolean
          data?: unknown
          error?: { issues: { path: PropertyKey[] }[] }
        }
      }
    >
  >
  const schema =
    Object.hasOwn(schemas, service) && Object.hasOwn(schemas[service], method)
      ? schemas[service][method]
      : undefined
  if (!schema) {
    return {
      ok: false,
      error: {
        code: 'ipc.unknownMethod',
        messageKey: 'errors.ipc.unknownMethod',
        params: { channel: `${service}:${method}` },
      },
    }
  }
  const parsed = schema.safeParse(request)
  if (!parsed.success) {
    const field = parsed.error?.issues[0]?.path.map(String).join('.') ?? ''
    return badRequest(service, method, field)
  }
  const impl = (services[service as ServiceName] as unknown as Record<string, AnyMethod>)[method]
  try {
    const value = await impl.call(services[service as ServiceName], parsed.data)
    return { ok: true, value }
  } catch (err) {
    return { ok: false, error: toAppError(err) }
  }
}

/** A request that fails validation (or is not JSON at all, in the test host). */
export function badRequest(service: string, method: string, field: string): Result<never> {
  return {
    ok: false,
    error: {
      code: 'ipc.badRequest',
      messageKey: 'errors.ipc.badRequest',
      params: { channel: `${service}:${method}`, field },
    },
  }
}
