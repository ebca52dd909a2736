/**
 * Every archive as a clerk meets it on a fresh install: create, edit, search
 * (by pinyin initials too), 停用 and 恢复, and the record's history.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ArchivePage, type FieldValueInput } from './pages/ArchivePage'
import { LoginPage } from './pages/LoginPage'
import { SetupPage } from './pages/SetupPage'
import { samplePdf, samplePng } from './pages/sampleFiles'
import { AppFramePage } from './pages/AppFramePage'
import { adminUser, clerkUser, sampleUscc } from './pages/testData'
import { createUser, switchUser } from './pages/UsersPage'

const shots = 'test-results/screens'

test.beforeEach(async ({ app: page }) => {
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
})

test('customers: create with a contact, edit, find by pinyin initials, deactivate and restore', async ({
  app: page,
}) => {
  const customers = new ArchivePage(page, '客户档案')
  await customers.open()
  await page.getByRole('button', { name: '新建客户' }).first().click()
  await customers.fill({
    客户名称: '北京智诚科技有限公司',
    简称: '智诚科技',
    统一社会信用代码: '91110108MA01K7L3X',
  })
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('统一社会信用代码不正确')).toBeVisible()
  await customers.fill({
    统一社会信用代码: sampleUscc(1),
    地区: '北京',
    等级: { select: 'A 级' },
    目标客户: { check: true },
  })
  await customers.fill({ 跟进阶段: { select: '已报价' }, 最近联系日期: '2026-10-01' })
  await customers.shot(`${shots}/customer-form.png`)
  await customers.save()
  // Contact as a child row
  await page.getByRole('button', { name: '添加联系人' }).click()
  const dialog = page.getByRole('dialog')
  await customers.fill({ 姓名: '赵明远', 职务: '采购经理', 手机: '13901012345' }, dialog)
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('table', { name: '联系人' })).toContainText('赵明远')
  await attachAndPreviewScan(page)
  // Edit
  await customers.fill({ 地址: '北京市海淀区中关村大街 27 号' })
  await customers.save()
  await page.getByRole('tab', { name: '变更记录' }).click()
  await expect(page.getByRole('table', { name: '变更记录' })).toContainText(
    '地址：— → 北京市海淀区中关村大街 27 号',
  )
  await customers.backToList()
  await customers.create('客户', { 客户名称: '上海浦江电气有限公司', 地区: '上海' })
  await customers.backToList()
  await expect(customers.rows()).toHaveCount(2)
  await customers.search('bjkj')
  await expect(customers.rows()).toHaveCount(1)
  await expect(customers.rows().first()).toContainText('北京智诚科技有限公司')
  await customers.search('赵明远')
  await expect(customers.rows()).toHaveCount(1)
  await customers.search('1390101')
  await expect(customers.rows()).toHaveCount(1)
  await customers.search('pujiang')
  await expect(customers.rows()).toHaveCount(1)
  await expect(customers.rows().first()).toContainText('上海浦江电气有限公司')
  await customers.search('')
  await customers.shot(`${shots}/customer-list.png`)
  await customers.openRow('上海浦江电气有限公司')
  await customers.archive()
  await customers.backToList()
  await expect(customers.rows()).toHaveCount(1)
  await customers.showArchived(true)
  await expect(customers.rows()).toHaveCount(1)
  await customers.openRow('上海浦江电气有限公司')
  await customers.restore()
  await customers.backToList()
  await customers.showArchived(false)
  await expect(customers.rows()).toHaveCount(2)
})

interface Lifecycle {
  title: string
  what: string
  nameLabel: string
  first: Record<string, FieldValueInput>
  second: Record<string, FieldValueInput>
  /** Pinyin initials that find the first record only. */
  initials: string
  edit: Record<string, FieldValueInput>
  /** The history line the edit leaves. */
  editLine: string
  child?: { add: string; table: string; fields: Record<string, FieldValueInput>; shows: string }
  shot: string
}

/** Attaches a scan (PNG) on the open record and previews it in the app. */
async function attachAndPreviewScan(page: Page): Promise<void> {
  await page.getByRole('tab', { name: '附件' }).click()
  await page
    .getByTestId('attachment-dropzone')
    .locator('input[type=file]')
    .setInputFiles({ name: '盖章扫描件.png', mimeType: 'image/png', buffer: samplePng() })
  const attachments = page.getByRole('table', { name: '附件' })
  await expect(attachments).toContainText('盖章扫描件.png')
  await attachments.getByRole('button', { name: '预览' }).click()
  const preview = page.getByRole('dialog', { name: '盖章扫描件.png' })
  await expect(preview.getByRole('img', { name: '盖章扫描件.png' })).toBeVisible()
  await preview.getByRole('button', { name: '关闭' }).click()
}

/** Create two, edit one (with a child row and a scan), find by initials, deactivate the second and restore it. */
async function lifecycle(page: Page, l: Lifecycle): Promise<void> {
  const list = new ArchivePage(page, l.title)
  const firstName = String(l.first[l.nameLabel])
  const secondName = String(l.second[l.nameLabel])
  await list.open()
  await list.create(l.what, l.first)
  await list.shot(`${shots}/${l.shot}-form.png`)
  if (l.child) {
    await page.getByRole('tab', { name: l.child.table }).click()
    await page.getByRole('button', { name: l.child.add }).click()
    const dialog = page.getByRole('dialog')
    await list.fill(l.child.fields, dialog)
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(page.getByRole('table', { name: l.child.table })).toContainText(l.child.shows)
  }
  await attachAndPreviewScan(page)
  await list.fill(l.edit)
  await list.save()
  await page.getByRole('tab', { name: '变更记录' }).click()
  await expect(page.getByRole('table', { name: '变更记录' })).toContainText(l.editLine)
  await list.backToList()
  await list.create(l.what, l.second)
  await list.backToList()
  await expect(list.rows()).toHaveCount(2)
  await list.shot(`${shots}/${l.shot}-list.png`)
  await list.search(l.initials)
  await expect(list.rows()).toHaveCount(1)
  await expect(list.rows().first()).toContainText(firstName)
  await list.search('')
  await list.openRow(secondName)
  await list.archive()
  await list.backToList()
  await expect(list.rows()).toHaveCount(1)
  await list.showArchived(true)
  await list.openRow(secondName)
  await list.restore()
  await list.backToList()
  await list.showArchived(false)
  await expect(list.rows()).toHaveCount(2)
}

test('distributors: agreement, business situation, initials search, deactivate and restore', async ({
  app: page,
}) => {
  await lifecycle(page, {
    title: '经销商/代理商',
    what: '经销商/代理商',
    nameLabel: '经销商/代理商名称',
    first: {
      '经销商/代理商名称': '广州华南机电贸易有限公司',
      类别: { select: '代理商' },
      代理区域: '广东省',
      协议编号: 'DL-2026-018',
      协议开始日期: '2026-01-01',
      协议到期日期: '2027-12-31',
    },
    second: { '经销商/代理商名称': '成都蜀通设备有限公司' },
    initials: 'gzhn',
    edit: { 级别: { select: '一级' } },
    editLine: '级别：— → 一级',
    child: {
      table: '经营情况',
      add: '添加经营情况',
      fields: { 期间: '2026-10', '销售额（元）': '1,250,000', 存在问题: '回款偏慢' },
      shows: '¥1,250,000.00',
    },
    shot: 'distributor',
  })
})

test('design institutes: project information, initials search, deactivate and restore', async ({
  app: page,
}) => {
  await lifecycle(page, {
    title: '设计院/顾问公司',
    what: '设计院/顾问公司',
    nameLabel: '单位名称',
    first: { 单位名称: '中国华东建筑设计研究院', 资质等级: '甲级' },
    second: { 单位名称: '西南工程咨询有限公司', 类别: { select: '工程顾问公司' } },
    initials: 'zghd',
    edit: { 地区: '上海' },
    editLine: '地区：— → 上海',
    child: {
      table: '项目信息',
      add: '添加项目',
      fields: {
        项目名称: '浦东新区污水处理厂扩建',
        设计阶段: { select: '正在设计' },
        '预算（元）': '38000000',
      },
      shows: '正在设计',
    },
    shot: 'institute',
  })
})

test('manufacturers and suppliers: initials search, deactivate and restore', async ({ app: page }) => {
  await lifecycle(page, {
    title: '厂家/供应商',
    what: '厂家/供应商',
    nameLabel: '厂家/供应商名称',
    first: { '厂家/供应商名称': '西门子电气传动有限公司', 主营产品: '变频器、电机' },
    second: { '厂家/供应商名称': '正泰电器股份有限公司', 类别: { select: '供应商' } },
    initials: 'xmz',
    edit: { 电话: '022-23456789' },
    editLine: '电话：— → 022-23456789',
    shot: 'supplier',
  })
})

test('products: price and tax rate, initials search, deactivate and restore', async ({ app: page }) => {
  await lifecycle(page, {
    title: '产品目录',
    what: '产品',
    nameLabel: '品名',
    first: { 品名: '变频调速器', 规格: '380V 55kW', 型号: 'BP-55G', '目录价（元）': '12800' },
    second: { 品名: '软启动器', 型号: 'RQ-30' },
    initials: 'bpt',
    edit: { 税率: '9' },
    editLine: '税率：13% → 9%',
    shot: 'product',
  })
})

test('qualification documents: lending log, scans attached and previewed, expiry and overdue loan on the dashboard', async ({
  app: page,
}) => {
  const docs = new ArchivePage(page, '资质文件')
  const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)
  await docs.open()
  await docs.create('资质文件', {
    证书名称: '电力工程施工总承包资质证书',
    证书编号: 'D233012345',
    发证机关: '浙江省住房和城乡建设厅',
    发证日期: '2021-12-30',
    有效期至: inDays(30),
    保管人: '陈档案',
  })
  await page.getByRole('tab', { name: '借阅登记' }).click()
  await page.getByRole('button', { name: '添加借阅' }).click()
  const dialog = page.getByRole('dialog')
  await docs.fill(
    {
      '借用单位/人': '宁波港华工程有限公司',
      '用途（投标/项目）': '宁波北仑变电站投标',
      借出日期: inDays(-20),
      应还日期: inDays(-5),
    },
    dialog,
  )
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('table', { name: '借阅登记' })).toContainText('宁波港华工程有限公司')

  await page.getByRole('tab', { name: '附件' }).click()
  const input = page.getByTestId('attachment-dropzone').locator('input[type=file]')
  await input.setInputFiles({ name: '资质证书扫描件.pdf', mimeType: 'application/pdf', buffer: samplePdf() })
  await expect(page.getByText('已添加 1 个附件')).toBeVisible()
  await input.setInputFiles({ name: '证书照片.png', mimeType: 'image/png', buffer: samplePng() })
  await expect(page.getByRole('table', { name: '附件' })).toContainText('证书照片.png')
  await input.setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') })
  await expect(page.getByRole('alert').filter({ hasText: '不支持的文件类型' })).toContainText(
    '不支持的文件类型：说明.txt',
  )

  await page
    .getByRole('table', { name: '附件' })
    .getByRole('row', { name: /资质证书扫描件\.pdf/ })
    .getByRole('button', { name: '预览' })
    .click()
  const preview = page.getByRole('dialog', { name: '资质证书扫描件.pdf' })
  await expect(preview.locator('[data-testid=preview-page][aria-busy=false]')).toHaveCount(1)
  await docs.shot(`${shots}/attachment-preview-pdf.png`)
  await preview.getByRole('button', { name: '关闭' }).click()
  await page
    .getByRole('table', { name: '附件' })
    .getByRole('row', { name: /证书照片\.png/ })
    .getByRole('button', { name: '预览' })
    .click()
  await expect(
    page.getByRole('dialog', { name: '证书照片.png' }).getByRole('img', { name: '证书照片.png' }),
  ).toBeVisible()
  await page.screenshot({ path: `${shots}/attachment-preview-png.png` })
  await page.getByRole('dialog', { name: '证书照片.png' }).getByRole('button', { name: '关闭' }).click()

  await docs.backToList()
  await docs.search('dlgc')
  await expect(docs.rows()).toHaveCount(1)
  // The reminders wait for the documents' keepers (商务专员, 合同及档案管理), not the administrator.
  await new AppFramePage(page).open('用户与权限')
  await createUser(page, clerkUser)
  await switchUser(page, clerkUser)
  await expect(page.getByText(`资质文件“电力工程施工总承包资质证书”将于 ${inDays(30)} 到期`)).toBeVisible()
  await expect(page.getByText('借给 宁波港华工程有限公司（宁波北仑变电站投标）已超过应还日期')).toBeVisible()
  await docs.shot(`${shots}/dashboard-archive-checks.png`)
})
