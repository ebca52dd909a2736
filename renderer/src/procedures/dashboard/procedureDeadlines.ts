/**
 * Every deadline of every procedure of the registry (shared/procedures), as
 * dashboard checks: registered by importing this module once, so a new
 * procedure's rules reach the dashboard without a line here.
 */
import { procedures } from '@shared/procedures'
import { deadlineCheck } from './deadlineChecks'
import { registerDueCheck } from './dueChecks'

for (const p of procedures) for (const rule of p.deadlines) registerDueCheck(deadlineCheck(rule))
