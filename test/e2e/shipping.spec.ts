/**
 * 发货 as the department works it (DOMAIN.md §2): a filed contract → the
 * clerk fills a 设备采购单 from its 发货 tab (more than the contract has is
 * refused at the line) → finance, seeing the contract, its approvals and
 * what is shipped so far, returns it once with a comment → the clerk fixes
 * it and submits again → finance approves → ordered from the manufacturer →
 * two partial shipments, the first direct from the manufacturer, the second
 * from stock (refused while the store is empty, shipped after a 入库), the
 * second refused at the quantity beyond what is open → both 设备签收单
 * saved, the signed scans attached as 收货凭证, 签收, 归档 → the contract's
 * 发货 tab shows 已交货.
 */
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { LoginPage } from './pages/LoginPage'
import { runInPage } from './pages/pageBundle'
import { SetupPage } from './pages/SetupPage'
import type { FiledContract } from './pages/shippingSeeds'
import { ShippingPage } from './pages/ShippingPage'
import { adminUser, clerkUser } from './pages/testData'
import { createUser, switchUser } from './pages/UsersPage'

const financeUser = { account: 'zhaocai', name: '赵财务', password: 'Finance2026a' }
const maker = '施耐德电气（中国）有限公司'

test.use({ actionTimeout: 15_000, viewport: { width: 1366, height: 768 } })

test('filed contract → purchase order returned once, approved, ordered → direct and stock shipments → signed, filed → 已交货', async ({
  app: page,
}) => {
  test.setTimeout(180_000)
  await new SetupPage(page).complete()
  await new LoginPage(page).signInOk(adminUser.account, adminUser.password)
  await new AppFramePage(page).open('用户与权限')
  await createUser(page, clerkUser)
  await createUser(page, financeUser, '财务部')
  await switchUser(page, clerkUser)
  const contract = await runInPage<undefined, FiledContract>(
    page,
    'shippingSeeds.ts',
    'seedFiledContract',
    undefined,
  )
  const s = new ShippingPage(page)
  const today = await page.evaluate(() => {
    const d = new Date()
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  })

  // 设备采购单 from the contract's 发货 tab: the manufacturer picked brings its products on the contract.
  await page.goto(`${page.url().split('#')[0]}#/contracts/${contract.id}`)
  let tab = await s.supplyTab()
  await expect(tab.getByTestId('delivery-state')).toHaveText('未发货')
  await tab.getByRole('button', { name: '新建采购单' }).click()
  await s.pick(page.locator('body'), /^厂家/, maker)
  await expect(s.orderLine('低压开关柜')).toBeVisible()
  await expect(s.orderLine('智能电能表')).toBeVisible()
  await page.getByRole('textbox', { name: /^收货人\s*\*?$/ }).fill('陈工')
  await page.getByRole('textbox', { name: /^收货人电话/ }).fill('021-5888 1234')
  await s.date(page.locator('body'), /^要求到货日期/, today)
  // More than the contract has left to order: refused at the line, saying how many are left.
  await s.orderLine('低压开关柜').getByRole('textbox', { name: '数量' }).fill('5')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(s.orderLine('低压开关柜')).toContainText('低压开关柜 还未下采购单的数量只剩 4，不能订 5')
  await s.orderLine('低压开关柜').getByRole('textbox', { name: '数量' }).fill('4')
  await s.orderLine('低压开关柜').getByRole('textbox', { name: '采购单价（元）' }).fill('39000')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page).toHaveURL(/#\/purchase-orders\/[\w-]+$/)
  await s.expectOrderStep('起草')
  const orderUrl = page.url()
  await s.shot('docs/screens/shipping-purchase-order.png', page.getByTestId('step-panel'))
  await s.act('提交财务审核')
  await s.expectOrderStep('待财务审核')

  // 财务审核: finance sees the contract, its approvals and what is shipped; returns it once with a comment.
  await switchUser(page, financeUser)
  await page.goto(orderUrl)
  const review = page.getByTestId('finance-review')
  await expect(review.getByTestId('review-contract-link')).toHaveText(contract.number)
  await expect(review).toContainText('¥204,000.00')
  await expect(review.getByTestId('supply-lines')).toContainText('智能电能表')
  await s.shot('docs/screens/shipping-finance-review.png', page.getByTestId('step-panel'))
  await s.act('退回修改')
  await expect(s.panel().getByText('此项必填')).toBeVisible()
  await s
    .panel()
    .getByRole('textbox', { name: '审核意见' })
    .fill('采购单价请按厂家最新报价单填写，电能表也要填单价')
  await s.act('退回修改')
  await s.expectOrderStep('财务退回')

  await switchUser(page, clerkUser)
  await page.goto(orderUrl)
  await expect(page.getByTestId('review-comment')).toContainText('电能表也要填单价')
  await s.orderLine('智能电能表').getByRole('textbox', { name: '采购单价（元）' }).fill('980')
  await s.act('提交财务审核')
  await s.expectOrderStep('待财务审核')

  await switchUser(page, financeUser)
  await page.goto(orderUrl)
  await s.act('审核通过')
  await s.expectOrderStep('财务已审核')

  // 厂家订货: the manufacturer's order reference and promised date.
  await switchUser(page, clerkUser)
  await page.goto(orderUrl)
  await s.panel().getByRole('textbox', { name: '厂家订单号' }).fill('SE-SH-2026-0815')
  await s.date(s.panel(), '厂家承诺交货日期', today)
  await s.act('登记厂家订货')
  await s.expectOrderStep('已向厂家订货')

  // First shipment, direct from the manufacturer: half the switchgear with their serial numbers, every meter.
  await page.goto(`${page.url().split('#')[0]}#/contracts/${contract.id}`)
  tab = await s.supplyTab()
  await tab.getByRole('button', { name: '新建发运单' }).click()
  await expect(page.getByRole('combobox', { name: /^对应采购单/ })).toHaveValue(/（SE-SH-2026-0815）$/)
  await s.shipLine('低压开关柜').getByRole('textbox', { name: '本次发货 低压开关柜' }).fill('2')
  await s
    .shipLine('低压开关柜')
    .getByRole('textbox', { name: '序列号 低压开关柜' })
    .fill('MNS-2026-0001\nMNS-2026-0002')
  await page.getByRole('textbox', { name: /^承运单位/ }).fill('德邦物流')
  await page.getByRole('textbox', { name: '运单号' }).fill('DPK2026081501')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page).toHaveURL(/#\/shipments\/[\w-]+$/)
  const firstUrl = page.url()
  await s.act('确认发货')
  await s.expectShipmentStep('已发货')
  const firstNumber = ((await page.getByRole('heading', { level: 3 }).textContent()) ?? '').replace(
    '发运单 ',
    '',
  )
  expect(await s.saveDocument('打印设备签收单')).toContain(`${firstNumber}.pdf`)

  // Second shipment, from stock: beyond what is open is refused at the line; an empty store refuses it too.
  await page.goto(`${page.url().split('#')[0]}#/contracts/${contract.id}`)
  tab = await s.supplyTab()
  await expect(tab.getByTestId('delivery-state')).toHaveText('部分发货')
  await tab.getByRole('button', { name: '新建发运单' }).click()
  await page.locator('label', { hasText: '库存发货' }).click()
  await s.shipLine('低压开关柜').getByRole('textbox', { name: '本次发货 低压开关柜' }).fill('3')
  await page.getByRole('textbox', { name: /^承运单位/ }).fill('本公司送货')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(s.shipLine('低压开关柜')).toContainText('低压开关柜 合同未发数量只剩 2，不能发 3')
  await s.shipLine('低压开关柜').getByRole('textbox', { name: '本次发货 低压开关柜' }).fill('2')
  await s
    .shipLine('低压开关柜')
    .getByRole('textbox', { name: '序列号 低压开关柜' })
    .fill('MNS-2026-0003，MNS-2026-0004')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page).toHaveURL(/#\/shipments\/[\w-]+$/)
  const secondUrl = page.url()
  await s.act('确认发货')
  await expect(s.shipLine('低压开关柜')).toContainText('低压开关柜 库存不足：可用 0，不能出库 2')
  await s.expectShipmentStep('起草')
  await runInPage(page, 'shippingSeeds.ts', 'seedStockIn', { productId: contract.switchgearId, qty: 5 })
  await s.act('确认发货')
  await s.expectShipmentStep('已发货')
  const secondNumber = ((await page.getByRole('heading', { level: 3 }).textContent()) ?? '').replace(
    '发运单 ',
    '',
  )
  expect(await s.saveDocument('打印设备签收单')).toContain(`${secondNumber}.pdf`)

  // 签收 and 归档 of each: the signed receipt's scan attached as 收货凭证, then chosen.
  for (const [url, scan] of [
    [secondUrl, '设备签收单-库存发货-签字盖章.pdf'],
    [firstUrl, '设备签收单-厂家直发-签字盖章.pdf'],
  ] as const) {
    await page.goto(url)
    await s.expectShipmentStep('已发货')
    await s.date(s.panel(), '签收日期', today)
    await s.act('登记签收')
    await expect(s.panel().getByText('请先上传客户签字盖章的设备签收单（收货凭证）')).toBeVisible()
    await s.attachVoucher('收货凭证（签收单）', scan)
    await s.pick(s.panel(), /^客户签字盖章的签收单/, scan)
    if (url === firstUrl) await s.shot('docs/screens/shipping-shipment.png')
    await s.act('登记签收')
    await s.expectShipmentStep('已签收')
    await s.act('归档')
    await s.expectShipmentStep('已归档')
  }

  // The contract is delivered: every line signed for, both receipts listed with the contract.
  await page.goto(`${page.url().split('#')[0]}#/contracts/${contract.id}`)
  tab = await s.supplyTab()
  await expect(tab.getByTestId('delivery-state')).toHaveText('已交货')
  await expect(tab.getByRole('table', { name: '发货凭证 / 收货凭证' })).toContainText(
    '设备签收单-厂家直发-签字盖章.pdf',
  )
  await expect(tab.getByRole('table', { name: '发货凭证 / 收货凭证' })).toContainText(
    '设备签收单-库存发货-签字盖章.pdf',
  )
  await expect(page.getByTestId('delivery-on-tab')).toBeVisible()
  // Nothing is left to order or ship.
  await expect(tab.getByRole('button', { name: '新建采购单' })).toBeDisabled()
  await expect(tab.getByRole('button', { name: '新建发运单' })).toBeDisabled()
  await s.shot('docs/screens/shipping-contract-tab.png', page.getByRole('tablist'))
})
