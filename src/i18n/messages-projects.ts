/**
 * Messages of the projects pages. Chinese is the source; the English record must have every key.
 */
export const projectsZh = {
  'projects.heading': '项目台账',
} as const;

export const projectsEn: Record<keyof typeof projectsZh, string> = {
  'projects.heading': 'Project ledger',
};
