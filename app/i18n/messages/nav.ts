// Navigation labels of every area (kept together so the menu reads as one).
export const zh = {
  "nav.ledger": "工作台",
  "nav.import": "导入报告",
  "nav.verify": "待核验",
  "nav.deputy": "代表工作台",
  "nav.votes": "民生实事票决",
  "nav.questions": "询问",
  "nav.followup": "年度对账",
  "nav.inbox": "消息",
  "nav.openData": "开放数据",
} as const;

export const en: Record<keyof typeof zh, string> = {
  "nav.ledger": "Ledger",
  "nav.import": "Import a report",
  "nav.verify": "To verify",
  "nav.deputy": "Deputy workspace",
  "nav.votes": "Livelihood votes",
  "nav.questions": "Questions",
  "nav.followup": "Year over year",
  "nav.inbox": "Inbox",
  "nav.openData": "Open data",
};
