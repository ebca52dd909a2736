/**
 * Errors of the shared folder (共享文件夹同步), spread into zh-CN.ts under
 * `errors.share`. The probe's problems are sentences without parameters: they
 * are shown beside the folder the user picked.
 */
export const shareErrorsZh = {
  notConfigured: '本机尚未设置共享文件夹，请在“系统设置”中选择或新建共享文件夹',
  offline:
    '共享文件夹暂时无法访问（{{reason}}），请检查网络和共享盘是否连接；本机数据不受影响，连接恢复后会自动继续同步',
  notAShare: '所选文件夹不是本系统的共享文件夹（缺少 AppSync\\FORMAT.json），请确认路径是否正确',
  exists: '所选文件夹中已有共享文件夹，请选择“加入”而不是“新建”',
  tooNew:
    '共享文件夹的格式（第 {{formatVersion}} 版）比本程序支持的（第 {{supported}} 版）更新，请先升级本程序；在此之前可继续在本机工作',
  fork: '共享文件夹中“{{path}}”的内容与本机要写入的不同，同步已停止，请联系管理员（可能有两台电脑使用了同一本机标识）',
  full: '共享文件夹空间已满（{{reason}}），本次没有写入任何文件，请清理空间后重试',
  renameBlocked: '共享文件夹中的文件“{{path}}”被其他程序占用（如杀毒软件），本次同步未完成，稍后会自动重试',
  verifyFailed: '共享文件夹中的文件“{{path}}”读回内容与写入的不一致，请检查共享盘后重试',
  blobCorrupt: '共享文件夹中的附件文件已损坏（校验和不符，{{sha256}}），未覆盖该文件，请联系管理员处理',
  badRoot: '共享文件夹路径不正确：“{{root}}”。请填写完整路径，如 \\\\服务器\\共享\\文件夹 或 D:\\共享',
  unreadable: '共享文件夹中的文件“{{path}}”已损坏，无法读取',
  probe: {
    offline: '找不到该文件夹或无法访问，请检查路径和网络连接',
    notWritable: '没有该文件夹的写入权限，请联系管理员开通',
    full: '该文件夹所在的磁盘已满',
    readBack: '写入该文件夹的测试文件读回内容不一致，该文件夹不可靠',
    renameFails:
      '该文件夹中的文件无法重命名（可能被杀毒软件拦截），请将 AppSync 文件夹加入杀毒软件的排除列表',
  },
}
