/**
 * Business keys that two PCs each used (SYNC.md "Joining, keys and
 * numbers"; issue 15): both records are kept on every PC, flagged on every
 * PC, never merged by themselves, and settled by a person on one PC.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@shared/auth/permissions'
import { emptyCompany } from '@shared/company/companySchema'
import { duplicatesOfRecord, listDuplicates } from '../../../renderer/src/data/duplicates'
import { createContract } from '../../../renderer/src/data/repositories/contracts/contractsRepo'
import { contractInput } from '../data/contracts/contractFixture'
import {
  keepDuplicates,
  mergeDuplicate,
  renameDuplicate,
  renumberDuplicate,
} from '../../../renderer/src/data/repositories/duplicatesRepo'
import { completeSetup } from '../../../renderer/src/data/repositories/setupRepo'
import { distinctSignInName, hashPassword, signIn } from '../../../renderer/src/data/repositories/signIn'
import { createUser } from '../../../renderer/src/data/repositories/usersRepo'
import { saveArchive } from '../../../renderer/src/data/repositories/archivesRepo'
import { MemoryShare } from '../../harness/memoryShare'
import { installMain } from '../data/archiveExport/archiveApi'
import { USCC_A, archiveInput } from '../data/archiveFixture'
import { Pc, actorOf, settle } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))
beforeAll(async () => {
  await installMain()
})

function twoPcs(): [Pc, Pc] {
  const share = new MemoryShare()
  pcs = [new Pc('A', share), new Pc('B', share)]
  return [pcs[0], pcs[1]]
}

const company = { ...emptyCompany, name: '杭州示例贸易有限公司', uscc: USCC_A }
const ctxOf = (pc: Pc, actor: Actor = actorOf(pc.name)) => ({ actor, now: new Date((pc.clock += 1000)) })
/** A contract on `pc` for a customer of its own, numbered from that PC's block. */
async function contractOn(pc: Pc, title: string) {
  const input = archiveInput('customers', { name: `${pc.name} 的客户` })
  const customer = await saveArchive(pc.db, { table: 'customers', id: null, input }, ctxOf(pc))
  return createContract(pc.db, { input: contractInput(customer.id, { title }) }, ctxOf(pc))
}

const actorFor = (u: { id: string; name: string; roles: Actor['roles'] }): Actor => ({
  userId: u.id,
  name: u.name,
  roles: u.roles,
})

describe('sync: the same account made on two PCs', () => {
  it('keeps both accounts on both PCs, refuses sign-in under the name with what to do, and an administrator’s rename settles it on both', async () => {
    const [a, b] = twoPcs()
    // Each PC was set up on its own, with its first administrator called admin.
    const adminA = await completeSetup(
      a.db,
      { company, admin: { account: 'admin', name: '王管理', passwordHash: await hashPassword('Wang2026a') } },
      new Date(a.clock),
    )
    const adminB = await completeSetup(
      b.db,
      { company, admin: { account: 'admin', name: '赵丽', passwordHash: await hashPassword('Zhaoli2026b') } },
      new Date(b.clock),
    )
    const lihua = await createUser(
      a.db,
      {
        account: 'lihua',
        name: '李华',
        roles: ['admin'],
        phone: '',
        active: true,
        passwordHash: await hashPassword('Lihua2026c'),
      },
      ctxOf(a, actorFor(adminA)),
    )
    await saveArchive(
      b.db,
      { table: 'customers', id: null, input: archiveInput('customers', { name: '北京智诚科技有限公司' }) },
      ctxOf(b, actorFor(adminB)),
    )
    await settle([a, b])

    // Everything else applied both ways; both accounts kept on both PCs.
    for (const pc of [a, b]) {
      expect((await pc.db.users.where('account').equals('admin').toArray()).map((u) => u.id).sort()).toEqual(
        [adminA.id, adminB.id].sort(),
      )
      expect(await pc.db.users.get(lihua.id)).toBeDefined()
      expect(await pc.db.customers.count()).toBe(1)
      const [dup] = await listDuplicates(pc.db)
      expect(dup).toMatchObject({ t: 'users', value: 'admin' })
      expect(dup.rows.map((r) => r.id).sort()).toEqual([adminA.id, adminB.id].sort())
      await expect(
        signIn(pc.db, { account: 'admin', password: 'Wang2026a' }, new Date()),
      ).rejects.toMatchObject({
        code: 'auth.ambiguousAccount',
        messageKey: 'sync.duplicates.signIn.ambiguous',
        params: { field: 'account', account: 'admin', count: 2 },
      })
    }
    expect(await a.state()).toBe(await b.state())
    // Nobody is locked out: each of the two signs in by its own name meanwhile.
    const refused = await signIn(a.db, { account: 'admin', password: 'x' }, new Date()).catch(
      (e: unknown) => e,
    )
    expect(String((refused as { params: { choices: string } }).params.choices)).toContain(
      distinctSignInName(adminB),
    )
    expect(
      (await signIn(b.db, { account: distinctSignInName(adminA), password: 'Wang2026a' }, new Date())).id,
    ).toBe(adminA.id)

    // Another administrator signs in on A and renames B's account.
    const signedIn = await signIn(a.db, { account: 'lihua', password: 'Lihua2026c' }, new Date(a.clock))
    await renameDuplicate(
      a.db,
      { table: 'users', key: 'account', id: adminB.id, value: 'zhaoli' },
      ctxOf(a, actorFor(signedIn)),
    )
    await settle([a, b])
    for (const pc of [a, b]) {
      expect(await listDuplicates(pc.db)).toEqual([])
      expect((await signIn(pc.db, { account: 'admin', password: 'Wang2026a' }, new Date())).id).toBe(
        adminA.id,
      )
      expect((await signIn(pc.db, { account: 'zhaoli', password: 'Zhaoli2026b' }, new Date())).id).toBe(
        adminB.id,
      )
    }
    expect(await a.state()).toBe(await b.state())
  })

  it('refuses a local second account of a taken name, and a rename to a taken one', async () => {
    const [a] = twoPcs()
    const admin = await completeSetup(
      a.db,
      { company, admin: { account: 'admin', name: '王管理', passwordHash: 'h' } },
      new Date(a.clock),
    )
    const profile = { name: '李华', roles: ['clerk' as const], phone: '', active: true, passwordHash: 'h' }
    await expect(
      createUser(a.db, { ...profile, account: 'admin' }, ctxOf(a, actorFor(admin))),
    ).rejects.toMatchObject({ code: 'users.accountTaken' })
    const li = await createUser(a.db, { ...profile, account: 'lihua' }, ctxOf(a, actorFor(admin)))
    // Rename is offered for a key only where two records share it; the value's own check still holds.
    await expect(
      renameDuplicate(
        a.db,
        { table: 'users', key: 'account', id: li.id, value: 'admin' },
        ctxOf(a, actorFor(admin)),
      ),
    ).rejects.toMatchObject({ code: 'duplicates.valueTaken' })
    await expect(
      renameDuplicate(
        a.db,
        { table: 'users', key: 'account', id: li.id, value: '李 华' },
        ctxOf(a, actorFor(admin)),
      ),
    ).rejects.toMatchObject({ code: 'validation' })
  })
})

describe('sync: the same contract number handed out on two PCs', () => {
  it('flags it on both PCs and on each contract; renumbering one on B clears it on both', async () => {
    const [a, b] = twoPcs()
    const onA = await contractOn(a, '电表采购合同')
    const made = await contractOn(b, '开关柜采购合同')
    // Both PCs numbered from one block (each given it by hand, before they shared a folder).
    const onB = await b.write((w) => w.update('contracts', made.id, { number: onA.number }))
    await settle([a, b])
    for (const pc of [a, b]) {
      const groups = await listDuplicates(pc.db)
      expect(groups).toHaveLength(1)
      expect(groups[0]).toMatchObject({ t: 'contracts', valueText: onA.number })
      expect(groups[0].rows.map((r) => r.id).sort()).toEqual([onA.id, onB.id].sort())
      for (const id of [onA.id, onB.id])
        expect(await duplicatesOfRecord(pc.db, 'contracts', id)).toHaveLength(1)
    }
    // A clerk may not: settling needs the right to edit contracts.
    const viewer: Actor = { userId: 'U-FIN', name: '赵财务', roles: ['finance'] }
    await expect(
      renumberDuplicate(b.db, { table: 'contracts', key: 'number', id: onB.id }, ctxOf(b, viewer)),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    const fresh = await renumberDuplicate(b.db, { table: 'contracts', key: 'number', id: onB.id }, ctxOf(b))
    expect(fresh).not.toBe(onA.number)
    expect(await listDuplicates(b.db)).toEqual([])
    await settle([a, b])
    for (const pc of [a, b]) {
      expect(await listDuplicates(pc.db)).toEqual([])
      expect(await duplicatesOfRecord(pc.db, 'contracts', onA.id)).toEqual([])
      expect((await pc.db.contracts.get(onB.id))?.number).toBe(fresh)
      expect((await pc.db.contracts.get(onA.id))?.number).toBe(onA.number)
    }
    expect(await a.state()).toBe(await b.state())
    const audit = await b.db._audit.where('rowId').equals(onB.id).toArray()
    expect(audit.map((e) => e.action)).toContain('renumber')
  })
})

describe('sync: the same credit code on two customers', () => {
  it('is kept with a reason on A and no PC flags that pair again; a third record with it is flagged anew', async () => {
    const [a, b] = twoPcs()
    const customer = (pc: Pc, name: string) =>
      saveArchive(
        pc.db,
        { table: 'customers', id: null, input: archiveInput('customers', { name, uscc: USCC_A }) },
        ctxOf(pc),
      )
    const one = await customer(a, '北京智诚科技有限公司')
    const two = await customer(b, '北京智诚科技有限公司（华北办事处）')
    await settle([a, b])
    expect((await listDuplicates(b.db)).map((g) => g.t)).toEqual(['customers'])
    await expect(
      keepDuplicates(a.db, { table: 'customers', key: 'uscc', ids: [one.id, two.id], reason: ' ' }, ctxOf(a)),
    ).rejects.toMatchObject({ params: { field: 'reason' } })
    await keepDuplicates(
      a.db,
      { table: 'customers', key: 'uscc', ids: [one.id, two.id], reason: '总公司与办事处分开结算' },
      ctxOf(a),
    )
    await settle([a, b])
    for (const pc of [a, b]) {
      expect(await listDuplicates(pc.db)).toEqual([])
      expect(await duplicatesOfRecord(pc.db, 'customers', two.id)).toEqual([])
    }
    const three = await customer(b, '智诚科技')
    await settle([a, b])
    expect((await listDuplicates(a.db))[0].rows.map((r) => r.id).sort()).toEqual(
      [one.id, two.id, three.id].sort(),
    )
    // Merging: the third is 停用, the others stay as kept.
    await mergeDuplicate(
      a.db,
      { table: 'customers', key: 'uscc', keepId: one.id, retireId: three.id },
      ctxOf(a),
    )
    await settle([a, b])
    for (const pc of [a, b]) {
      expect(await listDuplicates(pc.db)).toEqual([])
      expect((await pc.db.customers.get(three.id))?.deletedAt).not.toBeNull()
    }
  })
})
