/**
 * Words of joining a share from the first start (the set-up wizard's
 * 加入已有共享文件夹). Spread into zh-CN.ts under the one top-level key
 * `join`; its refusals are the sentences shown at the folder field.
 */
export const joinZh = {
  join: {
    offer: '其他电脑已经在使用本系统？',
    offerText: '直接从共享文件夹取回公司资料、用户和全部记录。',
    offerButton: '加入已有共享文件夹',
    title: '加入已有共享文件夹',
    intro:
      '填写第一台电脑“新建共享”时选择的文件夹。本机将从中取回公司资料、全部用户和记录，不会新建任何资料；取回后请用在第一台电脑上建立的账号登录。',
    submit: '加入并取回数据',
    retry: '重试',
    back: '返回，新建公司',
    resume: '本机上次加入共享文件夹没有完成，点“加入并取回数据”从中断处继续。',
    probeNotShare: '不是共享文件夹',
    checking: '正在检查共享文件夹…',
    snapshot: '正在读取共享中的快照…',
    segments: '正在取回其他电脑的数据：已应用 {{done}} / {{total}} 个更改文件',
    applied: '已应用 {{done}} / {{total}} 个更改文件',
    summary: '已从共享文件夹取回本公司的资料：公司信息、{{users}} 位用户、{{records}} 条记录。',
    waitingNote: '另有 {{count}} 个更改文件暂时读不到，登录后会自动继续同步。',
    signInHint: '请用在第一台电脑上建立的账号登录。',
    toSignIn: '去登录',
    refused: {
      offline:
        '共享文件夹无法访问：找不到“{{root}}”或无法打开它。请检查路径是否正确、网络和共享盘是否已连接，然后重试。',
      notAShare:
        '没有找到共享：“{{root}}”中没有 AppSync 共享文件夹。请填写第一台电脑“新建共享”时选择的文件夹（AppSync 所在的那一层）。',
      tooNew:
        '请先升级本程序：该共享文件夹是第 {{formatVersion}} 版格式，本程序只能读取到第 {{supported}} 版。升级后再加入。',
      clock: '本机时钟与共享文件夹相差超过 24 小时，请先校准本机的日期和时间，再加入共享。',
      noCompany: '共享中还没有公司资料：请先在第一台电脑上完成设置、新建共享并同步一次（立即同步），再加入。',
      wrongShare: '本机上次开始加入的是另一个共享文件夹，请填写同一个文件夹继续加入。',
      ownFolderMissing: '共享文件夹中本机的文件夹不见了，请联系管理员。',
      notFresh: '本机已有自己的数据，不能从头加入；请登录后在“系统设置 → 共享文件夹”中加入共享。',
    },
  },
}
