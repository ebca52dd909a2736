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

/** City, its province, telephone area code and the first six digits of a USCC issued there. */
export interface City {
  name: string
  province: string
  areaCode: string
  division: string
}

export const companyCities: readonly City[] = [
  { name: '北京', province: '', areaCode: '010', division: '110108' },
  { name: '上海', province: '', areaCode: '021', division: '310115' },
  { name: '天津', province: '', areaCode: '022', division: '120116' },
  { name: '重庆', province: '', areaCode: '023', division: '500112' },
  { name: '广州', province: '广东省', areaCode: '020', division: '440106' },
  { name: '深圳', province: '广东省', areaCode: '0755', division: '440305' },
  { name: '东莞', province: '广东省', areaCode: '0769', division: '441900' },
  { name: '佛山', province: '广东省', areaCode: '0757', division: '440604' },
  { name: '杭州', province: '浙江省', areaCode: '0571', division: '330106' },
  { name: '宁波', province: '浙江省', areaCode: '0574', division: '330212' },
  { name: '温州', province: '浙江省', areaCode: '0577', division: '330302' },
  { name: '南京', province: '江苏省', areaCode: '025', division: '320105' },
  { name: '苏州', province: '江苏省', areaCode: '0512', division: '320505' },
  { name: '无锡', province: '江苏省', areaCode: '0510', division: '320214' },
  { name: '常州', province: '江苏省', areaCode: '0519', division: '320411' },
  { name: '成都', province: '四川省', areaCode: '028', division: '510107' },
  { name: '武汉', province: '湖北省', areaCode: '027', division: '420111' },
  { name: '西安', province: '陕西省', areaCode: '029', division: '610113' },
  { name: '青岛', province: '山东省', areaCode: '0532', division: '370212' },
  { name: '济南', province: '山东省', areaCode: '0531', division: '370102' },
  { name: '烟台', province: '山东省', areaCode: '0535', division: '370602' },
  { name: '长沙', province: '湖南省', areaCode: '0731', division: '430104' },
  { name: '郑州', province: '河南省', areaCode: '0371', division: '410105' },
  { name: '合肥', province: '安徽省', areaCode: '0551', division: '340104' },
  { name: '福州', province: '福建省', areaCode: '0591', division: '350102' },
  { name: '厦门', province: '福建省', areaCode: '0592', division: '350206' },
  { name: '沈阳', province: '辽宁省', areaCode: '024', division: '210102' },
  { name: '大连', province: '辽宁省', areaCode: '0411', division: '210204' },
  { name: '哈尔滨', province: '黑龙江省', areaCode: '0451', division: '230103' },
  { name: '长春', province: '吉林省', areaCode: '0431', division: '220104' },
  { name: '石家庄', province: '河北省', areaCode: '0311', division: '130102' },
  { name: '太原', province: '山西省', areaCode: '0351', division: '140105' },
  { name: '南昌', province: '江西省', areaCode: '0791', division: '360111' },
  { name: '昆明', province: '云南省', areaCode: '0871', division: '530102' },
  { name: '贵阳', province: '贵州省', areaCode: '0851', division: '520102' },
  { name: '南宁', province: '广西壮族自治区', areaCode: '0771', division: '450103' },
  { name: '兰州', province: '甘肃省', areaCode: '0931', division: '620102' },
  { name: '乌鲁木齐', province: '新疆维吾尔自治区', areaCode: '0991', division: '650102' },
  { name: '呼和浩特', province: '内蒙古自治区', areaCode: '0471', division: '150102' },
  { name: '海口', province: '海南省', areaCode: '0898', division: '460106' },
]

/** Characters of 字号 (trade names); two of them make one, so 64 give 4,096. */
const brandChars =
  '恒信华远东方金桥瑞丰宏达中科天成鼎盛博海川正泰新锐长城九州智诚浦江光谷滨精德创永安隆兴利嘉盈宇通汇联合力昌明佳美和益康伟业晟祥鑫'

const companyTrades = [
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
  '电力工程',
  '消防工程',
  '节能技术',
  '流体设备',
  '精密机械',
  '新能源科技',
  '电子科技',
  '管道工程',
  '市政工程',
  '化工设备',
  '泵阀',
  '输配电设备',
  '冷链设备',
  '信息技术',
]
const companyForms = ['有限公司', '股份有限公司', '工程有限公司', '设备有限公司']
const districts = ['高新区', '经济开发区', '工业园区', '新区', '城东区', '城南区']
const roads = ['科技路', '创业大道', '工业大道', '人民路', '建设路', '文化路', '长江路', '振兴路']

const BRANDS = brandChars.length ** 2
const COMPANY_NAMES = companyCities.length * BRANDS * companyTrades.length * companyForms.length
/** Coprime with COMPANY_NAMES (whose only prime factors are 2, 3 and 5): i → i·STRIDE is one-to-one. */
const STRIDE = 7_368_787

export interface CompanyName {
  name: string
  shortName: string
  city: City
  address: string
}

/** The n-th company (city + 字号 + trade + form): different n, different name, up to ~15.7 million. */
export function companyName(n: number): CompanyName {
  let j = Number((BigInt(n) * BigInt(STRIDE)) % BigInt(COMPANY_NAMES))
  const form = companyForms[j % companyForms.length]
  j = Math.floor(j / companyForms.length)
  const trade = companyTrades[j % companyTrades.length]
  j = Math.floor(j / companyTrades.length)
  const b = j % BRANDS
  j = Math.floor(j / BRANDS)
  const city = companyCities[j]
  const brand = brandChars[Math.floor(b / brandChars.length)] + brandChars[b % brandChars.length]
  const road = roads[n % roads.length]
  const district = districts[Math.floor(n / roads.length) % districts.length]
  return {
    name: `${city.name}${brand}${trade}${form}`,
    shortName: `${brand}${trade.slice(0, 2)}`,
    city,
    address: `${city.province}${city.name}市${district}${road} ${(n % 997) + 1} 号`,
  }
}
