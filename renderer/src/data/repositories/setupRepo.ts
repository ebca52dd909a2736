/**
 * First start: the company profile and the first administrator, written
 * together in one transaction (the password is hashed in main beforehand).
 */
import { setupActor } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { type CompanyInput, companySchema } from '@shared/company/companySchema'
import { parseOrFail } from '@shared/validation/parseOrFail'
import { COMPANY_ID, type UserRecord } from '@shared/types/records'
import type { DeskDb } from '../db'
import { runWrite } from '../unitOfWork'

export interface FirstAdminInput {
  account: string
  name: string
  passwordHash: string
}

export async function isSetUp(db: DeskDb): Promise<boolean> {
  return (await db.company.get(COMPANY_ID)) !== undefined
}

export async function completeSetup(
  db: DeskDb,
  input: { company: CompanyInput; admin: FirstAdminInput },
  now: Date,
): Promise<UserRecord> {
  return runWrite(db, { actor: setupActor, now }, async (w) => {
    if ((await db.company.get(COMPANY_ID)) || (await db.users.count()) > 0) {
      throw new AppFailure('setup.done', 'errors.setup.done')
    }
    await w.create('company', parseOrFail(companySchema, input.company), { id: COMPANY_ID })
    return w.create('users', {
      account: input.admin.account,
      name: input.admin.name,
      roles: ['admin'],
      passwordHash: input.admin.passwordHash,
      active: true,
      language: 'zh-CN',
      phone: '',
    })
  })
}
