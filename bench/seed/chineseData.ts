/**
 * Deterministic, realistic Chinese seed data (names, companies, phones) for
 * benchmarks. A tiny LCG keeps runs comparable without Math.random.
 */
const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const given =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰文斌辉鹏飞宇晨浩然子轩欣怡梓涵思远海燕'
const cities = [
  '北京',
  '上海',
  '广州',
  '深圳',
  '杭州',
  '南京',
  '苏州',
  '成都',
  '武汉',
  '西安',
  '天津',
  '重庆',
  '青岛',
  '宁波',
  '无锡',
  '长沙',
  '郑州',
  '济南',
  '合肥',
  '福州',
]
const trades = [
  '机电设备',
  '环保科技',
  '自动化工程',
  '电气成套',
  '暖通工程',
  '建筑安装',
  '仪器仪表',
  '智能科技',
  '水处理设备',
  '工业控制',
]
const forms = ['有限公司', '股份有限公司', '工程有限公司', '科技有限公司']
const prefixes = [
  '恒信',
  '华远',
  '东方',
  '金桥',
  '瑞丰',
  '宏达',
  '中科',
  '天成',
  '鼎盛',
  '博远',
  '海川',
  '正泰',
  '新锐',
  '长城',
  '九州',
]

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 0x100000000
  }
}

const pick = <T>(rnd: () => number, list: readonly T[] | string): T =>
  list[Math.floor(rnd() * list.length)] as T

export interface SeedContact {
  account: string
  name: string
  company: string
  phone: string
}

export function seedContacts(n: number, seed = 2026): SeedContact[] {
  const rnd = seededRandom(seed)
  return Array.from({ length: n }, (_, i) => {
    const name =
      pick<string>(rnd, surnames) + pick<string>(rnd, given) + (rnd() < 0.6 ? pick<string>(rnd, given) : '')
    const company = `${pick(rnd, cities)}${pick(rnd, prefixes)}${pick(rnd, trades)}${pick(rnd, forms)}`
    const phone = `1${3 + Math.floor(rnd() * 6)}${String(Math.floor(rnd() * 1e9)).padStart(9, '0')}`
    return { account: `u${String(i).padStart(6, '0')}`, name, company, phone }
  })
}
