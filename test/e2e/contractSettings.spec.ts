/**
 * 合同与审批 settings as the administrator meets them: thresholds typed as a
 * percentage and in 元, a bad number pattern refused at the field in Chinese,
 * the next number shown as an example, a clause added to the library, this
 * PC's numbering block (its own, never typed) and prefix, and everything
 * still there after a reload.
 */
import { expect, test } from './fixtures'
import { AppFramePage } from './pages/AppFramePage'
import { LoginPage } from './pages/LoginPage'
import { SettingsPage } from './pages/SettingsPage'
import { SetupPage } from './pages/SetupPage'
import { adminUser } from './pages/testData'

const shots = 'test-results/screens'

/** yyyyMM and yy of today where the app runs (Asia/Shanghai in playwright.config.ts). */
function thisMonth(): { yyyy: string; yy: string; MM: string } {
  const [yyyy, MM] = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).split('-')
  return { yyyy, yy: yyyy.slice(2), MM }
}

test('an administrator sets approval thresholds, the number pattern, a clause and this PC’s prefix, and they persist', async ({
  app: page,
}) => {
  await new SetupPage(page).complete()
  const login = new LoginPage(page)
  await login.signInOk(adminUser.account, adminUser.password)
  const frame = new AppFramePage(page)
  const settings = new SettingsPage(page)
  const { yyyy, yy, MM } = thisMonth()

  await frame.open('系统设置')
  await settings.openTab('合同与审批')
  // This PC numbers from a block of its own (one of 0–9, by its device id), not from block 0 as every PC would.
  const block = Number(await page.getByTestId('pc-block').getAttribute('data-block'))
  expect(block).toBeGreaterThanOrEqual(0)
  expect(block).toBeLessThanOrEqual(9)
  // The defaults: 5 %, 50万元, HT-{yyyy}{MM}-{seq:4}, six standard clauses.
  await expect(settings.field('允许的价格偏离（%）')).toHaveValue('5')
  await expect(settings.field('重大合同金额（元）')).toHaveValue('500000')
  await expect(settings.numberExample()).toHaveText(`示例：HT-${yyyy}${MM}-${block}001`)
  await expect(settings.clauses()).toHaveCount(6)

  await settings.field('允许的价格偏离（%）').fill('3')
  await settings.field('重大合同金额（元）').fill('100000')
  await expect(page.getByText('含税合同金额达到或超过 ¥100,000.00 时，须报公司领导审批')).toBeVisible()

  // A pattern without {seq}, then one with an unknown placeholder: refused at the field.
  const pattern = settings.field('合同编号规则')
  await pattern.fill('HT-{yyyy}{MM}')
  await expect(settings.fieldError('合同编号规则')).toHaveText('编号规则必须包含流水号 {seq}，例如 {seq:4}')
  await expect(settings.numberExample()).toHaveCount(0)
  await pattern.fill('HT-{yyyy}-{no}')
  await expect(settings.fieldError('合同编号规则')).toContainText('编号规则中有无法识别的占位符')
  await page.screenshot({ path: `${shots}/settings-contracts-pattern-error.png` })
  await pattern.fill('HT{yy}{MM}-{pc}{seq:4}')
  await expect(settings.fieldError('合同编号规则')).toHaveCount(0)
  await expect(settings.numberExample()).toHaveText(`示例：HT${yy}${MM}-A${block}001`)

  // A new clause: refused while empty, then filled and moved above 其他.
  await page.getByRole('button', { name: '添加条款' }).click()
  await expect(settings.clauses()).toHaveCount(7)
  await settings.saveContracts()
  await expect(page.getByText('请填写条款标题')).toBeVisible()
  await expect(page.getByText('请填写条款内容')).toBeVisible()
  await settings.clauseTitle(7).fill('保密')
  await settings
    .clauseText(7)
    .fill('双方对本合同的价格、技术资料及商业信息负有保密义务，未经对方书面同意不得向第三方披露。')
  await page.getByRole('button', { name: '上移 7', exact: true }).click()
  await expect(settings.clauseTitle(6)).toHaveValue('保密')
  await expect(settings.clauseTitle(7)).toHaveValue('其他')
  await settings.saveContracts()
  await expect(page.getByText('已保存')).toBeVisible()

  // This PC's block is shown, not typed (a share registers it); a bad prefix is refused at the field, then B.
  await expect(page.getByText('编号段由本机在新建或加入共享文件夹时自动登记')).toBeVisible()
  const blockLine = page.getByTestId('pc-block')
  await expect(blockLine).toContainText(`本机每月使用流水号 ${block * 1000 + 1}–${(block + 1) * 1000}`)
  await expect(blockLine).toContainText('本机尚未加入共享文件夹')
  await expect(settings.field('编号段（0–9）')).toHaveCount(0)
  await settings.field('本机前缀').fill('B-1')
  await settings.savePcBlock()
  await expect(settings.fieldError('本机前缀')).toHaveText('编号前缀为1至3位大写字母或数字')
  await settings.field('本机前缀').fill('b')
  await expect(settings.field('本机前缀')).toHaveValue('B')
  await settings.savePcBlock()
  await expect(settings.numberExample()).toHaveText(`示例：HT${yy}${MM}-B${block}001`)
  await settings.shotWhole(`${shots}/settings-contracts.png`)

  // Reload: the session ends, the settings and this PC's block persist.
  await page.reload()
  await login.signInOk(adminUser.account, adminUser.password)
  await frame.open('系统设置')
  await settings.openTab('合同与审批')
  await expect(settings.field('允许的价格偏离（%）')).toHaveValue('3')
  await expect(settings.field('重大合同金额（元）')).toHaveValue('100000')
  await expect(pattern).toHaveValue('HT{yy}{MM}-{pc}{seq:4}')
  await expect(settings.clauses()).toHaveCount(7)
  await expect(settings.clauseTitle(6)).toHaveValue('保密')
  await expect(settings.clauseTitle(7)).toHaveValue('其他')
  await expect(page.getByTestId('pc-block')).toHaveAttribute('data-block', String(block))
  await expect(settings.field('本机前缀')).toHaveValue('B')
  await expect(settings.numberExample()).toHaveText(`示例：HT${yy}${MM}-B${block}001`)
  // Nothing changed yet, so there is nothing to save.
  await expect(page.getByRole('button', { name: '保存', exact: true })).toBeDisabled()
})
