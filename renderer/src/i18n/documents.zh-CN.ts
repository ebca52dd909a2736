/** Words of the printed-document preview (保存 / 打印 / 用系统程序打开) and its errors. */
export const documentsZh = {
  documents: {
    preview: {
      loading: '正在生成文件…',
      pages: '共 {{count}} 页',
      save: '保存',
      print: '打印',
      openExternal: '用系统程序打开',
      savedTitle: '文件已保存',
      saved: '保存位置：{{path}}\nSHA-256：{{sha256}}',
      printed: '已发送到打印机：{{path}}',
      opened: '已用系统程序打开：{{path}}',
      failed: '文件生成失败，请稍后重试',
    },
    errors: {
      badPath: '文件路径无效：{{path}}',
      notFound: '找不到已保存的文件：{{path}}，请重新保存',
      openFailed: '无法用系统程序打开文件，请确认已安装 PDF 阅读器',
      printFailed: '无法打印文件，请确认已安装 PDF 阅读器并设置了默认打印机',
      tooManyCopies: '文件夹 {{path}} 中同名文件过多，请联系管理员检查',
    },
  },
}
