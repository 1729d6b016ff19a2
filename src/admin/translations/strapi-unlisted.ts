import { type Localized } from '../../plugins/annual-report/shared';

/**
 * Ids Strapi 5.54 uses on the Content Manager's screens with only a `defaultMessage` (no entry in
 * any of its translation files), so even its English comes from here once Chinese is added.
 */
export const STRAPI_UNLISTED: Readonly<Record<string, Localized>> = {
  'content-manager.containers.list.table-headers.status': { 'zh-Hans': '状态', en: 'status' },
  'content-manager.actions.unpublish.dialog.radio-label': {
    'zh-Hans': '选择取消发布文档的方式。',
    en: 'Choose an option to unpublish the document.',
  },
  'content-manager.components.Blocks.dnd.reorder': {
    'zh-Hans': '已移动 {item}，在编辑器中的新位置：{position}。',
    en: '{item}, moved. New position in the editor: {position}.',
  },
  'content-manager.components.Blocks.dnd.instruction': {
    'zh-Hans': '调整块的顺序：按住 Command 或 Ctrl 和 Shift，再按上下方向键',
    en: 'To reorder blocks, press Command or Control along with Shift and the Up or Down arrow keys',
  },
  'content-manager.components.Blocks.expand': { 'zh-Hans': '展开', en: 'Expand' },
  'content-manager.components.Blocks.collapse': { 'zh-Hans': '收起', en: 'Collapse' },
  'content-manager.containers.ListPage.selectedEntriesModal.title': {
    'zh-Hans': '发布条目',
    en: 'Publish entries',
  },
  'content-manager.plugin.name': { 'zh-Hans': '内容管理', en: 'Content Manager' },
  'content-manager.containers.SettingPage.edit-settings.modal-form.mainField.hint': {
    'zh-Hans': '设置显示的字段',
    en: 'Set the displayed field',
  },
  'content-manager.containers.ListSettingsView.modal-form.size': { 'zh-Hans': '宽度', en: 'Size' },
  'containers.SettingPage.editSettings.description': {
    'zh-Hans': '拖放字段以构建布局',
    en: 'Drag & drop the fields to build the layout',
  },
  'containers.list.displayedFields': { 'zh-Hans': '显示的字段', en: 'Displayed fields' },
  'search.placeholder': { 'zh-Hans': '搜索', en: 'Search' },
  // Users & Permissions' user type: the Content Manager's menu uses the display name as the id.
  User: { 'zh-Hans': '用户', en: 'User' },
  cancel: { 'zh-Hans': '取消', en: 'Cancel' },
  'popUpWarning.bodyMessage.contentType.delete.all': {
    'zh-Hans': '确定要删除这些条目吗？',
    en: 'Are you sure you want to delete these entries?',
  },
  'popUpWarning.bodyMessage.contentType.unpublish.all': {
    'zh-Hans': '确定要取消发布这些条目吗？',
    en: 'Are you sure you want to unpublish these entries?',
  },
  'preview.tabs.label': { 'zh-Hans': '文档状态', en: 'Document status' },
  'preview.copy.label': { 'zh-Hans': '复制预览链接', en: 'Copy preview link' },
  'app.error': { 'zh-Hans': '出错了', en: 'Something went wrong' },
  'app.error.copy': { 'zh-Hans': '复制到剪贴板', en: 'Copy to clipboard' },
  'app.error.message': {
    'zh-Hans': '系统似乎出现了故障。请通知技术人员排查原因，并在 {link} 提交问题报告。',
    en: "It seems like there is a bug in your instance, but we've got you covered. Please notify your technical team so they can investigate the source of the problem and report the issue to us by opening a bug report on {link}.",
  },
};
