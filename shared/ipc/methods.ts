/** The run-time list of `service:method` channels, derived from the schema map. */
import type { MethodName, ServiceName } from './contract'
import { requestSchemas } from './schemas'

export interface MethodRef {
  service: ServiceName
  method: string
  channel: string
}

export const serviceNames = Object.keys(requestSchemas) as ServiceName[]

export const methodList: readonly MethodRef[] = serviceNames.flatMap((service) =>
  Object.keys(requestSchemas[service]).map((method) => ({
    service,
    method,
    channel: `${service}:${method}`,
  })),
)

export function channelOf<S extends ServiceName>(service: S, method: MethodName<S>): string {
  return `${service}:${method}`
}
