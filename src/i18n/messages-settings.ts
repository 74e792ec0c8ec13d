/**
 * Messages of the Settings page: registered when the page loads (see registry.ts). Chinese is the source; the
 * English record must have every key.
 */
import { registerMessages } from './registry';

export const settingsZh = {
  'settings.heading': '设置',
  'settings.thresholds': '亮灯规则',
  'settings.thresholdsHelp': '落后序时进度不足黄灯界限为黄灯，达到或超过为红灯；节点在设定天数内到期为蓝灯。',
  'settings.yellowWithin': '黄灯界限（个百分点）',
  'settings.blueDays': '蓝灯提前天数',
  'settings.save': '保存规则',
  'settings.saved': '规则已保存',
  'settings.restore': '恢复默认',
  'settings.demo': '示例数据',
  'settings.demoHelp': '清除本浏览器中填报的数据，恢复为内置示例数据。',
  'settings.reset': '重置示例数据',
  'settings.resetDone': '示例数据已重置',
  'settings.invalid': '请输入有效数值：黄灯界限 0–100，天数 0–365 的整数',
  'settings.presets': '亮灯规则预设',
  'settings.presetsHelp':
    '为每个指标组选用一种各地的亮灯做法。保存后总览、指标表和指标卡片同时按所选规则亮灯，并注明是哪条规则、为什么。天津和商城县规则与“苏南标杆镇”对标组比较。',
  'settings.savePresets': '保存预设',
  'settings.presetsSaved': '亮灯规则预设已保存',
  'settings.restorePresets': '各组均用默认规则',
  'settings.user': '当前用户',
  'settings.userHelp': '修改记录中显示的姓名（示例版没有账号，姓名只保存在本浏览器）。',
  'settings.userName': '姓名',
  'settings.userSave': '保存姓名',
  'settings.userSaved': '姓名已保存，此后的修改记在此名下',
  'settings.userInvalid': '请输入 1–50 个字的姓名',
} as const;

export const settingsEn: Record<keyof typeof settingsZh, string> = {
  'settings.heading': 'Settings',
  'settings.thresholds': 'Status light rule',
  'settings.thresholdsHelp':
    'Behind the pace by less than the yellow line is yellow, by that much or more is red; a milestone due within the set days is blue.',
  'settings.yellowWithin': 'Yellow line (percentage points)',
  'settings.blueDays': 'Blue: days before a deadline',
  'settings.save': 'Save rule',
  'settings.saved': 'Rule saved',
  'settings.restore': 'Restore defaults',
  'settings.demo': 'Demo data',
  'settings.demoHelp': 'Clear the values entered in this browser and return to the built-in sample data.',
  'settings.reset': 'Reset demo data',
  'settings.resetDone': 'Demo data reset',
  'settings.invalid': 'Enter valid numbers: yellow line 0–100, days a whole number 0–365',
  'settings.presets': 'Status rule presets',
  'settings.presetsHelp':
    'Choose a local practice for the lights of each indicator group. Once saved, the Overview, the indicator table and the cards all use it, and say which rule gave each light and why. The Tianjin and Shangcheng rules compare with the “Southern Jiangsu benchmark towns” set.',
  'settings.savePresets': 'Save presets',
  'settings.presetsSaved': 'Status rule presets saved',
  'settings.restorePresets': 'Default rule for every group',
  'settings.user': 'Current user',
  'settings.userHelp':
    'The name shown in the change history (the demo has no accounts; the name is kept in this browser only).',
  'settings.userName': 'Name',
  'settings.userSave': 'Save name',
  'settings.userSaved': 'Name saved: later changes are recorded under it',
  'settings.userInvalid': 'Enter a name of 1–50 characters',
};

registerMessages(settingsZh, settingsEn);
